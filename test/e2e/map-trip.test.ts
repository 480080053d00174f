import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { WhereResult } from '../../src/service/where-report.js';
import { hasChromium, shot, useWebSession } from './support/web-session.js';

const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

/** The map's info line, details in place, curated vs derived marks; the trip's variant picker. */
describe.skipIf(!hasChromium)('map and trip', () => {
  const web = useWebSession();
  let page: Page;
  beforeAll(async () => {
    page = await web.page();
  });

  it('the info line does not keep the last phone’s text after another phone is chosen', async () => {
    await page.goto(`${web.base}/#/map?device=xiaomi-mi-6`);
    const cn = page.locator('svg path[data-code="CN"]');
    await expect.poll(() => cn.getAttribute('data-level')).not.toBe('nodata');
    await cn.hover();
    await expect.poll(() => page.locator('.map-info').textContent()).toMatch(/^China: .*sold there/);
    await page.getByRole('combobox', { name: 'Phone' }).fill('Xiaomi Mi A2');
    await page.getByRole('option', { name: /Xiaomi Mi A2\b/ }).first().click();
    await page.getByText(/^Xiaomi Mi A2: works fully in/).waitFor();
    expect(await page.locator('.map-info').textContent()).toBe('Hover a country, or click or tap it for its details.');
  });

  it('a click shows the country’s details in place, and says when its verdict rests on derived data', async () => {
    await page.goto(`${web.base}/#/map?device=xiaomi-mi-6`);
    const where = (await (await fetch(`${web.base}/api/v1/where?device=xiaomi-mi-6`)).json()) as WhereResult;
    const derived = where.countries.filter((c) => c.origin === 'derived').map((c) => c.country);
    const curated = where.countries.filter((c) => c.origin === 'curated').map((c) => c.country);
    expect(derived).toContain('GF');
    await expect.poll(() => page.locator('svg path[data-origin="derived"]').count()).toBeGreaterThan(0);
    // Every derived country on the map is hatched, no curated one is: a pattern, not only a colour.
    const hatched = await page.locator('svg g:has(path.hatch) path[data-code]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-code')));
    expect(hatched.length).toBeGreaterThan(0);
    expect(hatched.every((cc) => derived.includes(cc!))).toBe(true);
    expect(hatched.some((cc) => curated.includes(cc!))).toBe(false);
    await page.getByText('hatched: rests on derived data').waitFor();

    await page.locator('svg path[data-code="BR"]').click();
    await page.getByRole('heading', { name: 'Brazil', level: 3 }).waitFor();
    expect(await hash(page)).toBe('#/map?device=xiaomi-mi-6');
    expect(await page.locator('.country-details').textContent()).toContain('Best carrier from curated data.');
    await page.locator('svg path[data-code="GL"]').click();
    await page.getByRole('heading', { name: 'Greenland', level: 3 }).waitFor();
    expect(await page.locator('.country-details').textContent()).toContain('derived data (mcc-mnc-list, not curated)');
    await page.screenshot({ path: shot('map-details'), fullPage: true });
    await page.getByRole('link', { name: /Band by band on Check/ }).click();
    await expect.poll(() => hash(page)).toBe('#/check?device=xiaomi-mi-6&country=GL');
    await page.locator('article.card').first().waitFor();
  });

  it('trip: each phone has a variant picker, kept in the link', async () => {
    await page.goto(`${web.base}/#/trip?device=xiaomi-mi-a2&device=xiaomi-mi-6&countries=US,CN`);
    const a2 = page.locator('table.trip tbody tr', { hasText: 'Xiaomi Mi A2' });
    await a2.waitFor();
    const best = (await a2.locator('th small').textContent())!.trim();
    const picker = page.getByLabel('Variant of Xiaomi Mi A2');
    expect(await picker.inputValue()).toBe('xiaomi-mi-a2');
    const other = best === 'China' ? 'xiaomi-mi-a2-global' : 'xiaomi-mi-a2-cn';
    await picker.selectOption(other);
    await expect.poll(() => hash(page)).toBe(`#/trip?device=${other}&device=xiaomi-mi-6&countries=US,CN`);
    await expect.poll(() => a2.locator('th small').textContent()).toBe(` ${other.endsWith('-cn') ? 'China' : 'Global'}`);
    // The Mi 6 has one variant: nothing to pick.
    expect(await page.getByLabel('Variant of Xiaomi Mi 6').count()).toBe(0);
    await page.screenshot({ path: shot('trip-variant'), fullPage: true });
    await page.goBack();
    await expect.poll(() => a2.locator('th small').textContent()).toBe(` ${best}`);
    expect(await picker.inputValue()).toBe('xiaomi-mi-a2');
  });
});
