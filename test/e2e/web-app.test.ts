import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-root.js';
import { buildApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

/**
 * The web app in a real Chromium against a real server on a free loopback port. Debian's
 * Chromium only: no browser is ever downloaded (CI installs it when test/e2e/needs-chromium exists).
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`web app e2e tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

const SHOTS = projectPath('test-results', 'screenshots');
const env = { BANDFIT_DB: ':memory:' };

describe.skipIf(!hasChromium)('web app in Chromium', () => {
  let browser: Browser;
  let page: Page;
  let store: Promise<Store> | undefined;
  let app: ReturnType<typeof buildApp>;
  let base = '';

  beforeAll(async () => {
    if (!existsSync(projectPath('web', 'dist', 'index.html'))) {
      execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: projectPath(), stdio: 'ignore' });
    }
    mkdirSync(SHOTS, { recursive: true });
    const open = () => (store ??= openStore({ env }));
    app = buildApp({ openStore: open, env });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (store) await (await store).close();
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
    await page.screenshot({ path: join(SHOTS, 'check.png'), fullPage: true });
  });

  it('colours at least 170 countries on the map', async () => {
    await page.getByRole('link', { name: 'Map' }).click();
    const coloured = page.locator('svg path:not([data-level="nodata"])');
    await expect.poll(() => coloured.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(170);
    await page.locator('svg path[data-code="CN"]').hover();
    await expect(page.locator('.map-info').textContent()).resolves.toMatch(/China: .*sold there/);
    await page.screenshot({ path: join(SHOTS, 'map.png'), fullPage: true });
  });

  it('says once that a phone whose band list is not known has no verdict, on the check and the map', async () => {
    await page.goto(`${base}/#/check`);
    await page.getByRole('combobox', { name: 'Phone' }).fill('Xiaomi 14 Ultra');
    await page.getByRole('option', { name: /Xiaomi 14 Ultra\b/ }).first().click();
    await page.getByLabel('Country', { exact: true }).selectOption('US');
    const note = page.getByText(/No band list for the Xiaomi 14 Ultra .* cannot be said/);
    await note.waitFor();
    expect(await page.locator('article.card').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'check-bands-unknown.png'), fullPage: true });
    await page.getByRole('link', { name: 'Map' }).click();
    await page.getByText(/Xiaomi 14 Ultra: its band list is not in bandfit's sources, so the map shows no verdict/).waitFor();
  });

  it('lists best value phones for a carrier', async () => {
    await page.getByRole('link', { name: 'Best value' }).click();
    await page.locator('table.phones tbody tr').first().waitFor();
    expect(await page.locator('table.phones tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, 'phones.png'), fullPage: true });
  });

  it('plans a trip across several countries', async () => {
    await page.getByRole('link', { name: 'Trip' }).click();
    await page.getByRole('combobox', { name: /Add a phone/ }).fill('Mi 6');
    await page.getByRole('option', { name: /Xiaomi Mi 6\b/ }).first().click();
    for (const cc of ['JP', 'KR', 'DE']) await page.getByLabel(/Add a country/).selectOption(cc);
    await page.locator('table.trip tbody tr').first().waitFor();
    // Phone, variant and one column per country once the last answer has arrived.
    await expect.poll(() => page.locator('table.trip thead th').count(), { timeout: 15_000 }).toBe(5);
    await page.screenshot({ path: join(SHOTS, 'trip.png'), fullPage: true });
  });

  it('fits a phone screen and shows errors clearly', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(`${base}/#/check`);
    await phone.getByRole('combobox', { name: 'Phone' }).fill('zzqx');
    await expect(phone.getByText(/No phone matches/).first().waitFor()).resolves.toBeUndefined();
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: join(SHOTS, 'check-phone.png'), fullPage: true });
    await phone.close();
  });
});
