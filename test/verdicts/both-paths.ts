import { afterAll } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { runCli } from '../cli/run-cli.js';

/**
 * Asks the same `check` of the CLI (`bandfit check … --json`) and of the HTTP API
 * (`GET /api/v1/check`) and returns both answers, so a case is proved on each path.
 */
const env = { BANDFIT_DB: ':memory:' };
let store: Promise<Store> | undefined;
const app = buildApp({ openStore: () => (store ??= openStore({ env })), env });
afterAll(async () => {
  await app.close();
  if (store) await (await store).close();
});

/** One request to the in-process API. */
export const apiGet = (url: string) => app.inject(url);

export interface CheckArgs {
  device?: string;
  bands?: string;
  country: string;
  carrier?: string;
  variant?: string;
  asOf?: string;
  /** `--all` / `includeAll=true`: every carrier, MVNOs included. */
  all?: boolean;
}

export async function checkBothWays(a: CheckArgs): Promise<{ cli: any; api: any }> {
  const argv = ['check', ...(a.device ? [a.device] : []), '--country', a.country];
  if (a.bands) argv.push('--bands', a.bands);
  if (a.carrier) argv.push('--carrier', a.carrier);
  if (a.variant) argv.push('--variant', a.variant);
  if (a.asOf) argv.push('--as-of', a.asOf);
  if (a.all) argv.push('--all');
  const r = await runCli([...argv, '--json']);
  if (r.code !== 0) throw new Error(`bandfit ${argv.join(' ')}: exit ${r.code}: ${r.err}`);
  const { all, ...rest } = a;
  const query = new URLSearchParams(Object.entries({ ...rest, ...(all ? { includeAll: 'true' } : {}) }).filter(([, v]) => v !== undefined) as [string, string][]);
  const res = await app.inject(`/api/v1/check?${query}`);
  if (res.statusCode !== 200) throw new Error(`GET /api/v1/check?${query}: ${res.statusCode} ${res.body}`);
  return { cli: JSON.parse(r.out), api: res.json() };
}
