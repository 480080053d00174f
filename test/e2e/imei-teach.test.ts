import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, shot, useWebSession } from './support/web-session.js';

const TOKEN = 'e2e-admin-token';
const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));

/** The IMEI field and the "save this phone" form of the check page, over the real API. */
describe.skipIf(!hasChromium)('IMEI and teaching a phone', () => {
  const web = useWebSession({ BANDFIT_ADMIN_TOKEN: TOKEN });
  let page: Page;
  beforeAll(async () => {
    page = await web.page();
  });

  it('finds the phone by IMEI (TAC 35799425 is the US Galaxy S24 Ultra), says how, and keeps it in the link', async () => {
    await page.goto(`${web.base}/#/check?country=US`);
    const field = page.getByLabel('IMEI', { exact: true });
    expect(await page.locator(`#${await field.getAttribute('aria-describedby')}`).textContent()).toContain('*#06#');
    await field.fill('3579 9425');
    await page.getByRole('button', { name: 'Find by IMEI' }).click();
    await expect.poll(() => hash(page)).toBe('#/check?country=US&imei=3579+9425');
    await page.getByText(/^Samsung Galaxy S24 Ultra \(USA, SM-S928U/).waitFor();
    await page.getByText(/Identified by IMEI: TAC 35799425 is the Samsung SM-S928U/).waitFor();
    expect(await page.locator('article.card').count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.getByRole('combobox', { name: 'Phone' }).inputValue()).toBe('Samsung Galaxy S24 Ultra');
    await page.screenshot({ path: shot('check-imei'), fullPage: true });

    await field.fill('357994251234567');
    await page.getByRole('button', { name: 'Find by IMEI' }).click();
    await page.getByRole('alert').filter({ hasText: 'the last digit should be 6, not 7' }).waitFor();
    expect(await page.locator('article.card').count()).toBe(0);
    await page.goBack();
    await page.getByText(/^Samsung Galaxy S24 Ultra \(USA/).waitFor();
  });

  it('saves pasted bands as a phone that is then found by name; a wrong token stores nothing', async () => {
    const bands = 'LTE 1, 3, 7, 20, 28; 5G n1, n3, n78';
    await page.goto(`${web.base}/#/check?bands=${encodeURIComponent(bands)}&country=DE`);
    await page.locator('article.card').first().waitFor();
    await page.getByText('Save this phone, so anyone can find it by name').click();
    await page.getByLabel('Phone name (brand and model)').fill('Fairphone 5');
    await page.getByLabel('Model numbers (optional)').fill('FP5');
    await page.getByLabel('Admin token').fill('wrong');
    await page.getByRole('button', { name: 'Save this phone' }).click();
    await page.getByRole('alert').filter({ hasText: /token|Bearer|forbidden/i }).waitFor();
    const before = await (await fetch(`${web.base}/api/v1/devices?q=Fairphone`)).json();
    expect(before.devices).toEqual([]);

    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByRole('button', { name: 'Save this phone' }).click();
    await expect.poll(() => hash(page)).toMatch(/^#\/check\?country=DE&device=[a-z0-9-]+$/);
    await page.getByText(/^Fairphone 5 .*in Germany/).waitFor();
    await page.screenshot({ path: shot('check-taught'), fullPage: true });

    await page.goto(`${web.base}/#/check?country=DE`);
    await page.getByRole('combobox', { name: 'Phone' }).fill('Fairphone 5');
    await page.getByRole('option', { name: /Fairphone 5\b/ }).first().click();
    await page.getByText(/^Fairphone 5 .*in Germany/).waitFor();
    expect(await page.locator('article.card').count()).toBeGreaterThan(0);
  });
});
