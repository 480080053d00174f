import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, shot, useWebSession } from './support/web-session.js';

const hash = (page: Page) => page.evaluate(() => decodeURIComponent(location.hash));
const cards = (page: Page) => page.locator('article.card');

/** Every screen's answer has a link: opened cold it restores the inputs; back/forward move between answers. */
describe.skipIf(!hasChromium)('deep links', () => {
  const web = useWebSession();
  let page: Page;
  beforeAll(async () => {
    page = await web.page();
  });

  it('check: a link opens the answer, each change is a history entry, back and forward restore it', async () => {
    await page.goto(`${web.base}/#/check?device=xiaomi-mi-6&country=US`);
    await expect.poll(() => cards(page).count()).toBe(3);
    expect(await page.getByRole('combobox', { name: 'Phone' }).inputValue()).toBe('Xiaomi Mi 6');
    expect(await page.getByLabel('Country', { exact: true }).inputValue()).toBe('US');
    await page.getByLabel('Carrier', { exact: true }).selectOption('us-t-mobile');
    await expect.poll(() => hash(page)).toBe('#/check?device=xiaomi-mi-6&country=US&carrier=us-t-mobile');
    await expect.poll(() => cards(page).count()).toBe(1);
    await page.getByLabel('Country', { exact: true }).selectOption('DE');
    // The carrier belongs to the old country, so it leaves the link.
    await expect.poll(() => hash(page)).toBe('#/check?device=xiaomi-mi-6&country=DE');
    await page.locator('article.card', { hasText: 'Vodafone' }).first().waitFor();
    await page.goBack();
    await expect.poll(() => hash(page)).toBe('#/check?device=xiaomi-mi-6&country=US&carrier=us-t-mobile');
    await expect.poll(() => page.getByLabel('Carrier', { exact: true }).inputValue()).toBe('us-t-mobile');
    await page.goBack();
    await expect.poll(() => cards(page).count()).toBe(3);
    await page.goForward();
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(await cards(page).first().getAttribute('data-carrier')).toBe('us-t-mobile');
  });

  it('check: pasted bands and a variant are in the link', async () => {
    await page.goto(`${web.base}/#/check?bands=${encodeURIComponent('LTE 1, 3, 7, 20')}&country=DE`);
    await page.getByText(/^Pasted bands \(B1 B3 B7 B20\) in Germany/).waitFor();
    expect(await page.getByLabel('Bands', { exact: true }).inputValue()).toBe('LTE 1, 3, 7, 20');
    await page.goto(`${web.base}/#/check?device=xiaomi-mi-a2&variant=xiaomi-mi-a2-cn&country=DE`);
    await page.getByText(/^Xiaomi Mi A2 \(China\) in Germany/).waitFor();
    expect(await page.getByLabel('Variant', { exact: true }).inputValue()).toBe('xiaomi-mi-a2-cn');
  });

  it('map: the phone is in the link, and back returns to the previous phone', async () => {
    await page.goto(`${web.base}/#/map?device=xiaomi-mi-6`);
    await page.getByText(/^Xiaomi Mi 6: works fully in \d+ countries/).waitFor();
    await page.getByRole('combobox', { name: 'Phone' }).fill('Xiaomi Mi A2');
    await page.getByRole('option', { name: /Xiaomi Mi A2\b/ }).first().click();
    await expect.poll(() => hash(page)).toBe('#/map?device=xiaomi-mi-a2');
    await page.getByText(/^Xiaomi Mi A2: works fully in/).waitFor();
    await page.goBack();
    await page.getByText(/^Xiaomi Mi 6: works fully in/).waitFor();
    expect(await page.getByRole('combobox', { name: 'Phone' }).inputValue()).toBe('Xiaomi Mi 6');
  });

  it('best value: country, carrier, price cap and currency come from the link and go back into it', async () => {
    await page.goto(`${web.base}/#/phones?country=US&carrier=us-t-mobile&max=400&currency=USD`);
    await page.locator('table.phones tbody tr').first().waitFor();
    expect(await page.getByLabel('Carrier', { exact: true }).inputValue()).toBe('us-t-mobile');
    expect(await page.getByLabel('Most I will pay').inputValue()).toBe('400');
    const prices = await page.locator('table.phones tbody td[data-label="Price"]').allTextContents();
    for (const p of prices) expect(Number(p.match(/^(\d[\d,]*) USD/)?.[1]?.replace(/,/g, ''))).toBeLessThanOrEqual(400);
    await page.getByLabel('Currency').selectOption('EUR');
    await expect.poll(() => hash(page)).toBe('#/phones?country=US&carrier=us-t-mobile&max=400&currency=EUR');
    await page.getByLabel('Most I will pay').fill('250');
    await expect.poll(() => hash(page)).toBe('#/phones?country=US&carrier=us-t-mobile&max=250&currency=EUR');
    await page.goBack();
    await expect.poll(() => page.getByLabel('Most I will pay').inputValue()).toBe('400');
  });

  it('best value: a new country asks with no carrier, never with the old country’s (which answered 404)', async () => {
    const page = await web.page();
    const asked: string[] = [];
    const failed: string[] = [];
    page.on('response', (r) => {
      if (!r.url().includes('/api/v1/')) return;
      if (r.url().includes('/api/v1/phones')) asked.push(decodeURIComponent(r.url().split('?')[1] ?? ''));
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${web.base}/#/phones?country=US&carrier=us-t-mobile`);
    await page.locator('table.phones tbody tr').first().waitFor();
    await page.getByLabel('Country', { exact: true }).selectOption('DE');
    await expect.poll(() => hash(page)).toBe('#/phones?country=DE');
    await expect.poll(() => asked.some((q) => /country=DE/.test(q))).toBe(true);
    await page.locator('table.phones tbody tr').first().waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(asked.filter((q) => /country=DE/.test(q) && /carrier=/.test(q))).toEqual([]);
    expect(failed).toEqual([]);
    await page.close();
  });

  it('trip: phones and countries are in the link; adding a country is an entry that back undoes', async () => {
    await page.goto(`${web.base}/#/trip?device=xiaomi-mi-6&countries=US,DE,JP`);
    await expect.poll(() => page.locator('table.trip thead th').count()).toBe(5);
    await page.getByLabel(/Add a country/).selectOption('KR');
    await expect.poll(() => hash(page)).toBe('#/trip?device=xiaomi-mi-6&countries=US,DE,JP,KR');
    await expect.poll(() => page.locator('table.trip thead th').count()).toBe(6);
    await page.screenshot({ path: shot('deep-link-trip'), fullPage: true });
    await page.goBack();
    await expect.poll(() => page.locator('table.trip thead th').count()).toBe(5);
  });

  it('the tabs carry the phone and country chosen on another screen', async () => {
    const page = await web.page();
    await page.goto(`${web.base}/#/check?device=xiaomi-mi-6&country=JP`);
    await cards(page).first().waitFor();
    await page.getByRole('link', { name: 'Map' }).click();
    await expect.poll(() => hash(page)).toBe('#/map?device=xiaomi-mi-6');
    await page.getByRole('link', { name: 'Best value' }).click();
    await expect.poll(() => hash(page)).toBe('#/phones?country=JP');
    await page.getByRole('link', { name: 'Check' }).click();
    await expect.poll(() => hash(page)).toBe('#/check?device=xiaomi-mi-6&country=JP');
  });
});
