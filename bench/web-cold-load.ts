import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { buildApp } from '../src/server/app.js';
import { openStore } from '../src/store/open-store.js';
import type { Store } from '../src/store/store.js';
import { buildWebIfStale } from '../test/e2e/support/build-web.js';
import { bundleSizes, type BundleSizes } from '../test/e2e/support/bundle-sizes.js';
import { CHROMIUM, hasChromium, launchChromium } from '../test/e2e/support/chromium.js';

export interface WebColdLoadFigures {
  runs: number;
  link: string;
  /** Navigation start to the first verdict card in the page (performance.now() in the page), median. */
  firstAnswerMs: number;
  /** The same from the bench's side: goto() called to the card seen, median. */
  wallMs: number;
  /** A page whose answer the server has not computed yet (another country each run), median. */
  uncachedAnswerMs: number;
  /** The very first load after the server started (no snapshot, no kept answer): one figure. */
  serverColdMs: number;
  /** Navigation start to load of a bare JSON document from the same server: the floor, median. */
  floorMs: number;
  ratio: number;
  /** Bytes on the wire for one cold load (resource timing, transferSize), brotli as Chromium asks. */
  transferBytes: number;
  bundle: { entryJsGzip: number; allJsGzip: number; entryJsBytes: number; allJsBytes: number };
}

const LINK = '#/check?device=xiaomi-mi-6&country=US';
/** Countries the uncached runs ask, one per run, each with carriers in the catalog. */
const FRESH = ['DE', 'JP', 'GB', 'FR', 'IT', 'ES', 'CA', 'AU', 'IN', 'KE', 'BR', 'MX', 'KR', 'NL', 'SE'];

const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Records, in the page, when the first verdict card is in the document. */
const WATCH_FIRST_CARD = `new MutationObserver((_, o) => {
  if (document.querySelector('article.card')) { window.__firstCard = performance.now(); o.disconnect(); }
}).observe(document, { childList: true, subtree: true });`;

interface Load {
  pageMs: number;
  wallMs: number;
  transferBytes: number;
}

/** One load in a fresh context: no cache, no cookies, no service worker, its own history. */
async function coldLoad(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_FIRST_CARD);
    const t = process.hrtime.bigint();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator('article.card').first().waitFor({ timeout: 10_000 });
    const wallMs = Number(process.hrtime.bigint() - t) / 1e6;
    const { pageMs, transferBytes } = await page.evaluate(() => ({
      pageMs: (window as unknown as { __firstCard: number }).__firstCard,
      transferBytes: performance.getEntries().reduce((n, e) => n + ((e as PerformanceResourceTiming).transferSize ?? 0), 0),
    }));
    return { pageMs, wallMs, transferBytes };
  } finally {
    await context.close();
  }
}

/** The floor: a fresh context loading a bare JSON document from the same server. */
async function floorLoad(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.evaluate(() => performance.getEntriesByType('navigation')[0]!.duration);
  } finally {
    await context.close();
  }
}

/**
 * The web app's cold load on loopback: a fresh browser context opens a shared check link and the
 * time to its first verdict card is taken in the page, against a bare document from the same
 * server, the two alternated (medians). Target: first answer under 1 s, JS under 40 kB gzip.
 */
export async function webColdLoad(runs = 9): Promise<WebColdLoadFigures | { skipped: string }> {
  if (!hasChromium) return { skipped: `${CHROMIUM} is missing (apt-get install -y chromium)` };
  await buildWebIfStale();
  const sizes: BundleSizes = bundleSizes();
  const env = { BANDFIT_DB: ':memory:' };
  let store: Promise<Store> | undefined;
  const app = buildApp({ openStore: () => (store ??= openStore({ env })), env });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  try {
    const serverCold = await coldLoad(browser, `${base}/${LINK}`);
    await coldLoad(browser, `${base}/${LINK}`); // Chromium's own first-context costs, not counted
    const loads: Load[] = [];
    const uncached: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < runs; i++) {
      const fresh = async () => uncached.push((await coldLoad(browser, `${base}/#/check?device=xiaomi-mi-6&country=${FRESH[i % FRESH.length]}`)).pageMs);
      floor.push(await floorLoad(browser, `${base}/api/health`));
      // The order turns each round, so neither kind of load always follows the floor's.
      if (i % 2) await fresh();
      loads.push(await coldLoad(browser, `${base}/${LINK}`));
      if (!(i % 2)) await fresh();
    }
    const firstAnswerMs = median(loads.map((l) => l.pageMs));
    const floorMs = median(floor);
    return {
      runs,
      link: LINK,
      firstAnswerMs: round(firstAnswerMs),
      wallMs: round(median(loads.map((l) => l.wallMs))),
      uncachedAnswerMs: round(median(uncached)),
      serverColdMs: round(serverCold.pageMs),
      floorMs: round(floorMs),
      ratio: Math.round((firstAnswerMs / floorMs) * 10) / 10,
      transferBytes: median(loads.map((l) => l.transferBytes)),
      bundle: { entryJsGzip: sizes.entryJs.gzip, allJsGzip: sizes.allJs.gzip, entryJsBytes: sizes.entryJs.bytes, allJsBytes: sizes.allJs.bytes },
    };
  } finally {
    await browser.close();
    await app.close();
    if (store) await (await store).close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.log(JSON.stringify(await webColdLoad(), null, 2));
