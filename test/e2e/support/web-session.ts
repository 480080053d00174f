import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { projectPath } from '../../../src/project-root.js';
import { buildApp } from '../../../src/server/app.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';
import { buildWebIfStale } from './build-web.js';
import { CHROMIUM, hasChromium, launchChromium } from './chromium.js';

export { CHROMIUM, hasChromium };
if (!hasChromium) console.warn(`web app e2e tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

export const SHOTS = projectPath('test-results', 'screenshots');
export const shot = (name: string) => join(SHOTS, `${name}.png`);
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

export interface WebSession {
  base: string;
  browser: Browser;
  /** A page in a fresh context (cold cache, own history), closed after the file. */
  page: (options?: BrowserContextOptions) => Promise<Page>;
}

/** The app built from its sources, a server on a free loopback port over an in-memory store, one Chromium. */
export function useWebSession(serverEnv: Record<string, string> = {}): WebSession {
  const session = { base: '' } as WebSession;
  let store: Promise<Store> | undefined;
  let app: ReturnType<typeof buildApp>;
  const env = { BANDFIT_DB: ':memory:', ...serverEnv };
  beforeAll(async () => {
    await buildWebIfStale();
    mkdirSync(SHOTS, { recursive: true });
    app = buildApp({ openStore: () => (store ??= openStore({ env })), env });
    await app.listen({ port: 0, host: '127.0.0.1' });
    session.base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    session.browser = await launchChromium();
    session.page = async (options = { viewport: { width: 1200, height: 900 } }) => {
      const context = await session.browser.newContext({ ...options, acceptDownloads: true });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.base });
      return context.newPage();
    };
  });
  afterAll(async () => {
    await session.browser?.close();
    await app?.close();
    if (store) await (await store).close();
  });
  return session;
}
