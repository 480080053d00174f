/**
 * The answers whose order is by name, as one process gives them under its own locale (`LANG`):
 * `node --import tsx test/support/locale-answers.ts` prints them as one JSON object, for
 * test/cli/locale-order.test.ts to compare between processes started under different locales.
 */
import { buildApp } from '../../src/server/app.js';
import { openStore } from '../../src/store/open-store.js';
import { runCli } from '../cli/run-cli.js';

const cli = async (argv: string[]) => (await runCli([...argv, '--json'])).out;
const app = buildApp({ openStore: () => openStore({ file: ':memory:', env: {} }), env: {} });
const api = async (url: string) => (await app.inject(url)).body;

const answers = {
  locale: new Intl.Collator().resolvedOptions().locale,
  cliCheck: await cli(['check', 'Xiaomi Mi 6', '--country', 'US']),
  cliCarriers: await cli(['carriers', '--country', 'FI']),
  apiCheck: await api('/api/v1/check?device=Xiaomi%20Mi%206&country=US'),
  apiCarriers: await api('/api/v1/carriers?country=FI'),
};
await app.close();
process.stdout.write(JSON.stringify(answers));
