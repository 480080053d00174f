/**
 * Child process for the read-only store test, run inside a private mount namespace where the
 * store's folder is bind-mounted read-only (root ignores file modes, a read-only mount it cannot).
 * Opens the store, asks the API for a phone, and tries an import; prints one JSON line per step.
 * Usage: node --import tsx read-only-child.ts <db file> <device json file>
 */
import { isBandfitError } from '../../../src/errors.js';
import { importDevices } from '../../../src/import/import-devices.js';
import { buildApp } from '../../../src/server/app.js';
import { openStore } from '../../../src/store/open-store.js';
import type { Store } from '../../../src/store/store.js';

const [dbFile, deviceFile] = process.argv.slice(2) as [string, string];
const say = (step: string, outcome: unknown) => process.stdout.write(`${JSON.stringify({ step, ...(outcome as object) })}\n`);
const outcomeOf = (error: unknown) => (isBandfitError(error) ? { code: error.code, message: error.message } : { crash: String(error) });

let store: Promise<Store> | undefined;
const open = () => (store ??= openStore({ file: dbFile, env: {} }));
try {
  const s = await open();
  say('open', { ok: true, devices: await s.countDevices() });
  try {
    const report = await importDevices(s, deviceFile);
    say('import', { ok: true, imported: report.imported });
  } catch (error) {
    say('import', outcomeOf(error));
  }
} catch (error) {
  say('open', outcomeOf(error));
}
const app = buildApp({ openStore: open, env: {} });
const res = await app.inject('/api/v1/devices?q=mi%206');
say('http', { status: res.statusCode, body: res.body });
await app.close();
if (store) await (await store.catch(() => undefined))?.close();
