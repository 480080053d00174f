import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, useWebSession } from './support/web-session.js';

/** The carrier ids a screen's Carrier list offers. */
const carrierOptions = (page: Page) =>
  page.getByLabel('Carrier', { exact: true }).locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));

/**
 * An answer that arrives late, for a country the user has already left (a slow network, a busy
 * server), must not fill the list of the country now chosen.
 */
describe.skipIf(!hasChromium)('answers that arrive late', () => {
  const web = useWebSession();
  let page: Page;
  beforeAll(async () => {
    page = await web.page();
    // Georgia's carriers take 1.5 s; every other answer goes through at once.
    await page.route(/\/api\/v1\/carriers\?country=GE\b/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
  });

  for (const screen of ['phones', 'check'] as const) {
    it(`${screen}: a country's carriers stay its own when the country asked before answers last`, async () => {
      const late = page.waitForResponse(/\/api\/v1\/carriers\?country=GE\b/);
      await page.goto(`${web.base}/#/${screen}?country=GE${screen === 'check' ? '&device=xiaomi-mi-6' : ''}`);
      await page.getByLabel('Country', { exact: true }).selectOption('DE');
      await expect.poll(() => carrierOptions(page)).toContain('de-vodafone');
      // Georgia's answer comes in now; the list must still be Germany's.
      await late;
      await page.waitForTimeout(200);
      const ids = await carrierOptions(page);
      expect(ids.filter((id) => !id.startsWith('de-'))).toEqual([]);
      expect(ids).toContain('de-vodafone');
    });
  }
});
