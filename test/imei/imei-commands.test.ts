import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from '../../src/catalog/tac-parse.js';
import { dialectCases } from '../../src/store/test-support/store-fixtures.js';
import { useDialectApp } from '../support/dialect-app.js';
import { runCli } from '../cli/run-cli.js';

/**
 * `--imei` on check, where and trip, `import tacs`, and the API's `imei` parameter, over the
 * compiled catalog/tacs.json, on SQLite and (with BANDFIT_TEST_DATABASE_URL) on PostgreSQL.
 * TAC 35799425 is SM-S928U and 35038630 SM-S928B in the Samsung table (samsung-tacs.csv).
 */
const { cases, skipped } = dialectCases();
if (skipped) console.warn(skipped);
const tmp = mkdtempSync(join(tmpdir(), 'bandfit-imei-'));
const imei = (first14: string) => `${first14}${luhnCheckDigit(first14)}`;

describe.each(cases)('$name: identify a phone by IMEI', (dialect) => {
  const t = useDialectApp(dialect);
  const cli = (argv: string[]) => runCli(argv, t.env);
  const json = async (argv: string[]) => {
    const r = await cli([...argv, '--json']);
    expect(r.code, r.err).toBe(0);
    return JSON.parse(r.out);
  };

  it('check --imei names the exact variant and the table row that identified it', async () => {
    const body = await json(['check', '--imei', imei('35799425123456'), '--country', 'US']);
    expect(body.device).toMatchObject({ id: 'samsung-galaxy-s24-ultra', variant: { label: 'USA' } });
    expect(body.identified).toMatchObject({ tac: '35799425', row: 'samsung-tacs.csv, TAC 35799425', brand: 'Samsung', model: 'SM-S928U', variantIdentified: true });
    const other = await json(['check', '--imei', '35038630', '--country', 'US']);
    expect(other.device.variant.label).toBe('International');
    const text = await cli(['check', '--imei', '3503-8630', '--country', 'DE']);
    expect(text.out).toContain('Identified by TAC 35038630: Samsung SM-S928B [samsung-tacs.csv, TAC 35038630; Samsung TAC table of SamloaderKotlin (MIT)]');
    expect(text.out).toContain('= Samsung Galaxy S24 Ultra, International variant (found by SM-S928B)');
  });

  it('a wrong check digit is exit 2 saying what it should be', async () => {
    const good = imei('35799425123456');
    const bad = `${good.slice(0, 14)}${(Number(good[14]) + 1) % 10}`;
    const r = await cli(['check', '--imei', bad, '--country', 'US']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`check digit of IMEI ${bad} is wrong: the last digit should be ${good[14]}`);
  });

  it('an unknown TAC is exit 3 with the ways on; a known TAC without a catalog variant says what it is', async () => {
    const unknown = await cli(['check', '--imei', '35921099', '--country', 'US']);
    expect(unknown.code).toBe(3);
    expect(unknown.err).toMatch(/TAC 35921099 is in none of bandfit's TAC tables.*--bands.*bandfit devices add/);
    const noVariant = await cli(['check', '--imei', '35397785', '--country', 'US']);
    expect(noVariant.code).toBe(3);
    expect(noVariant.err).toContain('names Samsung SM-S921U / SM-S921U1 (samsung-tacs.csv, TAC 35397785');
    expect(noVariant.err).toContain('the catalog has Samsung Galaxy S24, but no variant with model code SM-S921U or SM-S921U1');
  });

  it('where and trip judge the variant the TAC names', async () => {
    const where = await json(['where', '--imei', '35038630', '--country', 'DE']);
    expect(where.device.variants.map((v: { label: string }) => v.label)).toEqual(['International']);
    expect(where.identified.row).toBe('samsung-tacs.csv, TAC 35038630');
    const trip = await json(['trip', '--imei', '35799425,35038630', '--countries', 'US,DE']);
    expect(trip.phones.map((p: { variantLabel: string }) => p.variantLabel).sort()).toEqual(['International', 'USA']);
    expect(trip.identified.map((i: { tac: string; variantId: string }) => [i.tac, i.variantId])).toEqual([
      ['35799425', 'samsung-galaxy-s24-ultra-us'],
      ['35038630', 'samsung-galaxy-s24-ultra-intl'],
    ]);
    for (const id of trip.identified) expect(trip.phones.map((p: { variantId: string }) => p.variantId)).toContain(id.variantId);
  });

  it('import tacs: all or nothing, bad rows by line; imported TACs answer at once', async () => {
    const bad = join(tmp, `bad-${dialect.name}.csv`);
    writeFileSync(bad, 'My TACs, CC0\ntac,name,name,contributor,comment,gsmarena,gsmarena,aka\n99912345,Samsung,SM-S928B,me,,,,\n1234567,Samsung,SM-S928B,me,,,,\n99912346,Samsung,,me,,,,\n');
    const rejected = await cli(['import', 'tacs', bad]);
    expect(rejected.code).toBe(2);
    expect(rejected.err).toContain('line 4: TAC "1234567" is not 8 digits');
    expect(rejected.err).toContain('line 5: brand or model is empty');
    expect((await cli(['check', '--imei', '99912345', '--country', 'DE'])).code).toBe(3);
    const good = join(tmp, `good-${dialect.name}.csv`);
    writeFileSync(good, 'tac,name,name,contributor,comment,gsmarena,gsmarena,aka\n99912345,Samsung,SM-S928B,me,,,,"SM-S928B/DS"\n');
    const imported = await cli(['import', 'tacs', good]);
    expect(imported.out).toContain(`Imported 1 TACs from good-${dialect.name}.csv: 1 new, 0 updated.`);
    const body = await json(['check', '--imei', '99912345', '--country', 'DE']);
    expect(body.identified).toMatchObject({ source: 'your imported TAC table', row: `good-${dialect.name}.csv line 2`, modelCodes: ['SM-S928B', 'SM-S928B/DS'] });
    expect(body.device.variant.label).toBe('International');
  });

  it('API: imei on check, where and trip; 400 for a wrong check digit, 404 for an unknown TAC; in OpenAPI', async () => {
    const get = (url: string) => t.app.inject({ method: 'GET', url });
    const check = await get('/api/v1/check?imei=35799425&country=US');
    expect(check.statusCode).toBe(200);
    expect(check.json().identified.row).toBe('samsung-tacs.csv, TAC 35799425');
    const right = imei('35799425123456');
    const wrong = await get(`/api/v1/check?imei=${right.slice(0, 14)}${(Number(right[14]) + 1) % 10}&country=US`);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({ code: 'E_BAD_INPUT', message: expect.stringContaining(`the last digit should be ${right[14]}`) });
    expect((await get('/api/v1/check?imei=35921099&country=US')).statusCode).toBe(404);
    expect((await get('/api/v1/where?imei=35038630&country=DE')).json().device.variants).toHaveLength(1);
    const trip = (await get('/api/v1/trip?imei=35799425&imei=35038630&countries=US')).json();
    expect(trip.phones).toHaveLength(2);
    const spec = (await get('/api/openapi.json')).json();
    for (const path of ['/api/v1/check', '/api/v1/where', '/api/v1/trip']) {
      expect(spec.paths[path].get.parameters.map((p: { name: string }) => p.name)).toContain('imei');
    }
  });
});
