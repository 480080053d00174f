import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, PHONE, shot, useWebSession } from './support/web-session.js';

/** Controls a finger must hit, visible on the page; map outlines are shapes, not controls. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a, button, input, select, textarea, summary, [role="option"]')]
      .filter((el) => el.offsetParent !== null && !el.closest('.sr-only'))
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ el, box }) => box.height < 44 || (el.tagName !== 'SUMMARY' && box.width < 44))
      .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}" ${Math.round(box.width)}x${Math.round(box.height)}`),
  );
}

/** Page wider than the screen: the user would have to scroll sideways. */
const pageWidth = (page: Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

/** Every screen at 390 px with real content: no sideways scrolling, touch targets of 44 px. */
describe.skipIf(!hasChromium)('every screen at phone width (390 px)', () => {
  const web = useWebSession();
  let page: Page;
  beforeAll(async () => {
    page = await web.page(PHONE);
  });

  it('check with three carriers and every band table open', async () => {
    await page.goto(`${web.base}/#/check?device=xiaomi-mi-6&country=US`);
    await expect.poll(() => page.locator('article.card').count()).toBe(3);
    for (const summary of await page.locator('article.card summary').all()) await summary.tap();
    await page.locator('article.card table.bands').nth(5).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: shot('phone-check'), fullPage: true });
  });

  it('check with pasted bands, the IMEI field and the teach form open', async () => {
    await page.goto(`${web.base}/#/check?bands=${encodeURIComponent('LTE 1, 3, 7, 20, 28; 5G n1, n78')}&country=DE`);
    await page.locator('article.card').first().waitFor();
    await page.getByText('Save this phone, so anyone can find it by name').tap();
    await page.getByLabel('Admin token').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: shot('phone-check-teach'), fullPage: true });
  });

  it('the phone search’s suggestions are big enough to tap', async () => {
    await page.goto(`${web.base}/#/check?country=US`);
    await page.getByRole('combobox', { name: 'Phone' }).tap();
    await page.keyboard.type('Xiaomi');
    // The suggestions, not the country list's <option>s, which also have the role.
    await expect.poll(() => page.getByRole('listbox', { name: 'Phone: suggestions' }).getByRole('option').count()).toBeGreaterThanOrEqual(5);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: shot('phone-search'), fullPage: false });
  });

  it('map: a tap shows the country in place, and the page fits', async () => {
    await page.goto(`${web.base}/#/map?device=xiaomi-mi-6`);
    const au = page.locator('svg path[data-code="AU"]');
    await expect.poll(() => au.getAttribute('data-level')).not.toBe('nodata');
    await au.tap();
    await page.getByRole('heading', { name: 'Australia', level: 3 }).waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/map?device=xiaomi-mi-6');
    expect(await page.locator('.country-details').textContent()).toMatch(/Telstra|Optus|Vodafone/);
    await page.screenshot({ path: shot('phone-map'), fullPage: true });
    await page.getByText(/All \d+ countries as a table/).tap();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await smallTargets(page)).toEqual([]);
  });

  it('best value with 20 rows: every column visible, rows stacked', async () => {
    await page.goto(`${web.base}/#/phones?country=US`);
    await expect.poll(() => page.locator('table.phones tbody tr').count()).toBeGreaterThanOrEqual(20);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    const value = page.locator('table.phones tbody tr').first().locator('td[data-label="Value"]');
    const box = (await value.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: shot('phone-best-value'), fullPage: true });
  });

  it('trip with two phones and five countries', async () => {
    await page.goto(`${web.base}/#/trip?device=xiaomi-mi-6&device=xiaomi-mi-a2&countries=US,DE,JP,BR,IN`);
    await expect.poll(() => page.locator('table.trip tbody tr').count()).toBe(2);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    expect(await smallTargets(page)).toEqual([]);
    await page.screenshot({ path: shot('phone-trip'), fullPage: true });
  });
});
