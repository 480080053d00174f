import { afterAll, beforeAll } from 'vitest';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { buildApp } from '../app.js';

/**
 * The whole HTTP app in-process over a fresh in-memory store seeded with the starter catalog,
 * ready before the file's tests and closed after them. `get` injects a GET request; `settings`
 * are more of the server's environment (`BANDFIT_ADMIN_TOKEN`).
 */
export function inProcessApp(settings: Record<string, string> = {}) {
  const env: Record<string, string> = { ...settings, BANDFIT_DB: ':memory:' };
  let store: Promise<Store> | undefined;
  const app = buildApp({ openStore: () => (store ??= openStore({ env })), env });
  beforeAll(() => app.ready());
  afterAll(async () => {
    await app.close();
    if (store) await (await store).close();
  });
  const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers });
  return { app, env, get };
}
