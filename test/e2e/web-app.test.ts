import { expect, it, describe, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, PHONE, shot, useWebSession } from './support/web-session.js';

/** The web app in a real Chromium against a real server on a free loopback port (support/web-session.ts). */
describe.skipIf(!hasChromium)('web app in Chromium', () => {
  const web = useWebSession();
  let page: Page;
  let base = '';
  beforeAll(async () => {
    page = await web.page();
    base = web.base;
  });

  it('checks the Mi 6 in the United States: limited or none on T-Mobile, AT&T and Verizon', async () => {
    await page.goto(`${base}/#/check`);
    await page.getByRole('combobox', { name: 'Phone' }).fill('Mi 6');
    await page.getByRole('option', { name: /Xiaomi Mi 6\b/ }).first().click();
    await page.getByLabel('Country', { exact: true }).selectOption('US');
    const cards = page.locator('article.card');
    await cards.first().waitFor();
    for (const name of ['T-Mobile', 'AT&T', 'Verizon']) {
      const card = page.locator('article.card', { has: page.getByRole('heading', { name, exact: true }) });
      await expect(card.locator('.badge').textContent()).resolves.toMatch(/^(limited|none)$/);
    }
    await cards.first().locator('summary').click();
    await page.screenshot({ path: shot('check'), fullPage: true });
  });

  it('colours at least 170 countries on the map', async () => {
    await page.getByRole('link', { name: 'Map' }).click();
    const coloured = page.locator('svg path:not([data-level="nodata"])');
    await expect.poll(() => coloured.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(170);
    await page.locator('svg path[data-code="CN"]').hover();
    await expect(page.locator('.map-info').textContent()).resolves.toMatch(/China: .*sold there/);
    await page.screenshot({ path: shot('map'), fullPage: true });
  });

  it('says once that a phone whose band list is not known has no verdict, on the check and the map', async () => {
    await page.goto(`${base}/#/check`);
    await page.getByRole('combobox', { name: 'Phone' }).fill('Xiaomi 14 Ultra');
    await page.getByRole('option', { name: /Xiaomi 14 Ultra\b/ }).first().click();
    await page.getByLabel('Country', { exact: true }).selectOption('US');
    const note = page.getByText(/No band list for the Xiaomi 14 Ultra .* cannot be said/);
    await note.waitFor();
    expect(await page.locator('article.card').count()).toBe(0);
    await page.screenshot({ path: shot('check-bands-unknown'), fullPage: true });
    await page.getByRole('link', { name: 'Map' }).click();
    await page.getByText(/Xiaomi 14 Ultra: its band list is not in bandfit's sources, so the map shows no verdict/).waitFor();
  });

  it('lists best value phones for a carrier', async () => {
    await page.getByRole('link', { name: 'Best value' }).click();
    await page.locator('table.phones tbody tr').first().waitFor();
    expect(await page.locator('table.phones tbody tr').count()).toBeGreaterThan(0);
    // A value figure means nothing without its unit, which the API names.
    expect(await page.locator('table.phones caption').textContent()).toMatch(/; value: performance points per 100 [A-Z]{3}$/);
    await page.screenshot({ path: shot('phones'), fullPage: true });
  });

  it('plans a trip across several countries', async () => {
    await page.getByRole('link', { name: 'Trip' }).click();
    await page.getByRole('combobox', { name: /Add a phone/ }).fill('Mi 6');
    await page.getByRole('option', { name: /Xiaomi Mi 6\b/ }).first().click();
    for (const cc of ['JP', 'KR', 'DE']) await page.getByLabel(/Add a country/).selectOption(cc);
    await page.locator('table.trip tbody tr').first().waitFor();
    // Phone, variant and one column per country once the last answer has arrived.
    await expect.poll(() => page.locator('table.trip thead th').count(), { timeout: 15_000 }).toBe(5);
    await page.screenshot({ path: shot('trip'), fullPage: true });
  });

  it('fits a phone screen and shows errors clearly', async () => {
    const phone = await web.page(PHONE);
    await phone.goto(`${base}/#/check`);
    await phone.getByRole('combobox', { name: 'Phone' }).fill('zzqx');
    await expect(phone.getByText(/No phone matches/).first().waitFor()).resolves.toBeUndefined();
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: shot('check-phone'), fullPage: true });
    await phone.close();
  });
});
