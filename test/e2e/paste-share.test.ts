import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckReport } from '../../src/service/check-report.js';
import { hasChromium, shot, useWebSession } from './support/web-session.js';

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
/** The fields of one CSV line (RFC 4180 quoting). */
const fields = (line: string) => [...line.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'));

/** The Bands paste field, copy link, copy report, CSV downloads and the print stylesheet. */
describe.skipIf(!hasChromium)('paste, share and export', () => {
  const web = useWebSession();
  let page: Page;
  beforeAll(async () => {
    page = await web.page();
  });

  it('answers pasted spec-sheet bands like --bands and lists what it could not read', async () => {
    await page.goto(`${web.base}/#/check`);
    await page.getByLabel('Country', { exact: true }).selectOption('DE');
    const text = 'GSM 850 / 900 / 1800 / 1900 - SIM 1 & SIM 2; LTE 1, 3, 7, 20, 28; Wi-Fi 6 hotspot';
    await page.getByLabel('Bands', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Check these bands' }).click();
    const api = (await (await fetch(`${web.base}/api/v1/check?${new URLSearchParams({ bands: text, country: 'DE' })}`)).json()) as CheckReport;
    expect(api.unread.length).toBeGreaterThan(0);
    await page.getByText(`Pasted bands (${api.bands.join(' ')}) in Germany`, { exact: false }).waitFor();
    const unread = page.locator('.unread li');
    expect(await unread.allTextContents()).toEqual(api.unread.map((u) => `${u.text}: ${u.reason}`));
    expect(await page.locator('article.card').count()).toBe(api.results.length);
    expect(await page.evaluate(() => new URLSearchParams(location.hash.split('?')[1]).get('bands'))).toBe(text);
    await page.screenshot({ path: shot('check-pasted-bands'), fullPage: true });
  });

  it('copies the link and a plain-text report with phone, variant, carrier, verdict and missing bands', async () => {
    await page.goto(`${web.base}/#/check?device=xiaomi-mi-6&country=US`);
    await page.locator('article.card').nth(2).waitFor();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('status').filter({ hasText: 'Link copied' }).waitFor();
    expect(await clipboard(page)).toBe(page.url());
    await page.getByRole('button', { name: 'Copy report' }).click();
    await page.getByRole('status').filter({ hasText: 'Report copied' }).waitFor();
    const report = await clipboard(page);
    const api = (await (await fetch(`${web.base}/api/v1/check?device=xiaomi-mi-6&country=US`)).json()) as CheckReport;
    expect(report).toContain('Phone: Xiaomi Mi 6\nVariant: China (MCE16)\nCountry: United States');
    for (const r of api.results) {
      const missing = r.technologies.filter((t) => t.state !== 'off' && t.state !== 'none').flatMap((t) => t.missing);
      expect(missing.length).toBeGreaterThan(0);
      expect(report).toContain(`Carrier: ${r.carrier.name}\nVerdict: ${r.level} `);
      expect(report).toContain(`Missing bands: ${missing.join(', ')}`);
    }
    expect(report.trimEnd().endsWith(page.url())).toBe(true);
  });

  it('prints the answer without the controls, every band table open', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('nav').isVisible()).toBe(false);
    expect(await page.locator('form.controls').isVisible()).toBe(false);
    expect(await page.locator('.share').isVisible()).toBe(false);
    expect(await page.locator('article.card details:not([open])').count()).toBe(0);
    expect(await page.locator('article.card table.bands').first().isVisible()).toBe(true);
    await page.screenshot({ path: shot('check-print'), fullPage: true });
    await page.evaluate(() => dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('article.card details[open]').count()).toBe(0);
  });

  it('prints best value and the trip as their tables alone, with what was asked in words', async () => {
    const prints = [
      ['#/phones?country=US&max=600&sort=price', 'table.phones', 'phones-print', /^\d+ phones in United States of America, at most 600 USD, partial or better, sorted by price, lowest first$/],
      ['#/trip?device=xiaomi-mi-6&countries=US,DE,JP', 'table.trip', 'trip-print', /^Best for this trip: Xiaomi Mi 6/],
    ] as const;
    for (const [link, table, name, asked] of prints) {
      await page.goto(`${web.base}/${link}`);
      await page.locator(`${table} tbody tr`).first().waitFor();
      await page.emulateMedia({ media: 'print' });
      for (const hidden of ['nav', 'form.controls', '.share', 'footer']) expect(await page.locator(hidden).first().isVisible()).toBe(false);
      expect(await page.locator(`${table} tbody tr`).first().isVisible()).toBe(true);
      await expect.poll(() => page.getByText(asked).count()).toBe(1);
      expect(await page.getByText(asked).isVisible()).toBe(true);
      await page.screenshot({ path: shot(name), fullPage: true });
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('saves best value and the trip comparison as CSV, one row per table row', async () => {
    await page.goto(`${web.base}/#/phones?country=US&max=600`);
    const rows = page.locator('table.phones tbody tr');
    await rows.first().waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(file.suggestedFilename()).toBe('bandfit-best-value-US.csv');
    const lines = readFileSync((await file.path())!, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('rank,phone,variant,verdict,carrier,price,currency,price_from,performance,performance_estimated,value');
    expect(lines.length - 1).toBe(await rows.count());
    const first = (await rows.first().locator('th').textContent())!;
    const [, phone, variant] = fields(lines[1]!);
    expect(first).toBe(`${phone} ${variant}`);
    for (const line of lines.slice(1)) expect(Number(fields(line)[5])).toBeLessThanOrEqual(600);

    await page.goto(`${web.base}/#/trip?device=xiaomi-mi-6&device=xiaomi-mi-a2&countries=US,JP`);
    await expect.poll(() => page.locator('table.trip tbody tr').count()).toBe(2);
    const [trip] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = readFileSync((await trip.path())!, 'utf8').trimEnd().split('\r\n');
    expect(csv[0]).toBe('phone,variant,United States of America verdict,United States of America carrier,Japan verdict,Japan carrier,whole trip,mean score');
    expect(csv.slice(1).map((l) => fields(l)[0]).sort()).toEqual(['Xiaomi Mi 6', 'Xiaomi Mi A2']);
  });
});
