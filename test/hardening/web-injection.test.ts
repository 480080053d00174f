import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-root.js';
import { buildApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { HOSTILE_NAMES, hostileDevice } from './support/hostile-names.js';

/**
 * The web app never renders a name as HTML: its source has no raw-HTML sink, and in a real
 * Chromium a phone and a carrier named `<script>…` / `<img onerror=…>` show as text with no
 * script run (Debian's Chromium, as test/e2e/web-app.test.ts launches it).
 */
const SINKS = /dangerouslySetInnerHTML|\.innerHTML|\.outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function\(/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(tsx?|jsx?)$/.test(e.name) ? [join(dir, e.name)] : []));
}

describe('web app source', () => {
  it('has no raw-HTML sink: every name goes through Preact text nodes and attributes', () => {
    const files = sourceFiles(projectPath('web', 'src'));
    expect(files.length).toBeGreaterThan(5);
    const hits = files.filter((f) => SINKS.test(readFileSync(f, 'utf8')));
    expect(hits).toEqual([]);
  });
});

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`web injection test in Chromium skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.skipIf(!hasChromium)('hostile names in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bandfit-web-injection-'));
  const CARRIER = HOSTILE_NAMES[2]; // "><img src=x onerror=alert(1)>
  let store: Promise<Store> | undefined;
  let app: ReturnType<typeof buildApp>;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    if (!existsSync(projectPath('web', 'dist', 'index.html'))) {
      execFileSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: projectPath(), stdio: 'ignore' });
    }
    const open = () => (store ??= openStore({ file: join(dir, 'store.db'), env: {} }));
    const s = await open();
    await s.upsertDevices(HOSTILE_NAMES.map((name, i) => hostileDevice(name, i)), { origin: 'import', sourceFile: 'hostile.json' });
    await s.upsertCarrierOverlays([{ id: 'us-verizon', country: 'US', name: CARRIER }]);
    app = buildApp({ openStore: open, env: {} });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (store) await (await store).close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('search results and verdict cards show the names as text; no dialog, no injected element', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${base}/#/check`);
    const phone = page.getByRole('combobox', { name: 'Phone' });
    for (const name of HOSTILE_NAMES.slice(0, 3)) {
      await phone.fill(name);
      const option = page.getByRole('option').filter({ hasText: name }).first();
      await option.waitFor();
      expect(await option.textContent()).toContain(`Fixture ${name}`);
    }
    // Pick the <script> phone and check it in the US, where Verizon carries the <img> name.
    await phone.fill(HOSTILE_NAMES[1]);
    await page.getByRole('option').filter({ hasText: HOSTILE_NAMES[1] }).first().click();
    await page.getByLabel('Country', { exact: true }).selectOption('US');
    const card = page.locator('article.card[data-carrier="us-verizon"]');
    await card.waitFor();
    expect(await card.locator('h3').textContent()).toBe(CARRIER);
    expect(await page.locator('img[src="x"], body script:not([type="module"])').count()).toBe(0);
    expect(await page.evaluate(() => document.body.innerText)).toContain(CARRIER);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
