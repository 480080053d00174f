import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, shot, useWebSession } from './support/web-session.js';

/** Controls with no name a screen reader could read out. */
function unlabelled(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href], summary, [role="combobox"]')]
      .filter((el) => {
        const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || ((el as HTMLInputElement).labels?.length ?? 0) > 0;
        const text = ['BUTTON', 'A', 'SUMMARY'].includes(el.tagName) && (el.textContent ?? '').trim();
        return !labelled && !text;
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
}

/** The name of the focused control: its label, aria-label or text. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    return (el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
  });

/** Presses Tab until the control named `name` has the focus (at most 40 presses). */
async function tabTo(page: Page, name: string | RegExp): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** Keyboard only, on every screen; every control has a name. */
describe.skipIf(!hasChromium)('keyboard and labels', () => {
  const web = useWebSession();
  let page: Page;
  beforeAll(async () => {
    page = await web.page();
  });

  it('check: search, pick, choose a country and open a band table without a mouse', async () => {
    await page.goto(`${web.base}/#/check`);
    await tabTo(page, 'Phone');
    await page.keyboard.type('Mi 6');
    await page.getByRole('option', { name: /Xiaomi Mi 6\b/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await tabTo(page, 'Country');
    await page.keyboard.type('Japan');
    await page.locator('article.card').first().waitFor();
    expect(await page.evaluate(() => location.hash)).toBe('#/check?device=xiaomi-mi-6&country=JP');
    await tabTo(page, 'Band by band');
    await page.keyboard.press('Enter');
    expect(await page.locator('article.card details[open]').count()).toBe(1);
    expect(await unlabelled(page)).toEqual([]);
    // Typing "Japan" on the closed select was one history entry, not one per letter.
    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/check?device=xiaomi-mi-6');
  });

  it('map: pick a phone, open the table and a country’s details without a mouse', async () => {
    await page.goto(`${web.base}/#/map`);
    await tabTo(page, 'Phone');
    await page.keyboard.type('Mi 6');
    await page.getByRole('option', { name: /Xiaomi Mi 6\b/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByText(/^Xiaomi Mi 6: works fully in/).waitFor();
    await tabTo(page, /^All \d+ countries as a table$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Details of /);
    const country = (await focused(page)).replace(/^Details of /, '');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(country);
    expect(await unlabelled(page)).toEqual([]);
    await page.screenshot({ path: shot('keyboard-map'), fullPage: false });
  });

  it('best value and trip: every input reached and set from the keyboard', async () => {
    await page.goto(`${web.base}/#/phones`);
    await tabTo(page, 'Country');
    await page.keyboard.type('Germany');
    await page.locator('table.phones tbody tr').first().waitFor();
    await tabTo(page, 'Most I will pay');
    await page.keyboard.type('500');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/phones?country=DE&max=500');
    await tabTo(page, 'Download CSV');
    expect(await unlabelled(page)).toEqual([]);

    await page.goto(`${web.base}/#/trip`);
    await tabTo(page, /^Add a phone/);
    await page.keyboard.type('Xiaomi Mi A2');
    await page.getByRole('option', { name: /Xiaomi Mi A2\b/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await tabTo(page, /^Add a country/);
    await page.keyboard.type('Japan');
    // Typing only moves through the list; Enter adds the country shown.
    expect(await page.evaluate(() => location.hash)).toBe('#/trip?device=xiaomi-mi-a2');
    await page.keyboard.press('Enter');
    await page.locator('table.trip tbody tr').first().waitFor();
    await tabTo(page, 'Variant of Xiaomi Mi A2');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/trip\?device=xiaomi-mi-a2-[a-z]+&countries=JP$/);
    await tabTo(page, 'Remove Japan');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/trip\?device=xiaomi-mi-a2-[a-z]+$/);
    expect(await unlabelled(page)).toEqual([]);
  });

  it('the teach form and the IMEI field are labelled too', async () => {
    await page.goto(`${web.base}/#/check?bands=${encodeURIComponent('LTE 1, 3, 7')}&country=DE`);
    await page.locator('article.card').first().waitFor();
    await page.getByText('Save this phone, so anyone can find it by name').click();
    expect(await unlabelled(page)).toEqual([]);
  });
});
