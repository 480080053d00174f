import { describe, expect, it } from 'vitest';
import type { ParameterProblem } from '../src/messages/parameter-problems.js';
import { writeMessage } from '../src/messages/write-message.js';
import { inProcessApp } from '../src/server/test-support/in-process-app.js';
import { runCli } from './cli/run-cli.js';

/**
 * One schema per query: a bad query is refused by the CLI and by the HTTP route with the same
 * problem (code, kind and fields), each written for its surface (`--max-price`, `maxPrice`).
 */
const { get } = inProcessApp();
const long = 'x'.repeat(101);
const mi6 = 'Xiaomi Mi 6';
const countries = (n: number) => Array.from({ length: n }, () => 'JP').join(',');
/** Each kind without its code (always `E_BAD_INPUT`). */
type Refusal = ParameterProblem extends infer P ? (P extends ParameterProblem ? Omit<P, 'code'> : never) : never;
const bad = (problem: Refusal) => ({ code: 'E_BAD_INPUT', ...problem }) as ParameterProblem;

/** [what, CLI argv, HTTP path and query, the problem both report] */
const TABLE: [string, string[], string, ParameterProblem][] = [
  ['check: a day not as YYYY-MM-DD', ['check', mi6, '--country', 'US', '--as-of', '15/06/2026'], `check?device=${mi6}&country=US&asOf=15/06/2026`, bad({ kind: 'parameter-form', parameter: 'asOf', form: 'date', input: '15/06/2026' })],
  ['check: a phone name too long', ['check', long, '--country', 'US'], `check?device=${long}&country=US`, bad({ kind: 'parameter-too-long', parameter: 'device', max: 100 })],
  ['check: a variant too long', ['check', mi6, '--country', 'US', '--variant', long], `check?device=${mi6}&country=US&variant=${long}`, bad({ kind: 'parameter-too-long', parameter: 'variant', max: 100 })],
  ['where: too many countries', ['where', mi6, '--country', countries(31)], `where?device=${mi6}&country=${countries(31)}`, bad({ kind: 'too-many-values', parameter: 'country', max: 30, count: 31 })],
  ['where: an IMEI too long', ['where', '--imei', '1'.repeat(41)], `where?imei=${'1'.repeat(41)}`, bad({ kind: 'parameter-too-long', parameter: 'imei', max: 40 })],
  ['phones: a price that is no number', ['phones', '--country', 'US', '--max-price', 'cheap'], 'phones?country=US&maxPrice=cheap', bad({ kind: 'parameter-type', parameter: 'maxPrice', expected: 'number', input: 'cheap' })],
  ['phones: a price of 0', ['phones', '--country', 'US', '--max-price', '0'], 'phones?country=US&maxPrice=0', bad({ kind: 'parameter-not-above', parameter: 'maxPrice', min: 0, input: '0' })],
  ['phones: an unknown order', ['phones', '--country', 'US', '--sort', 'colour'], 'phones?country=US&sort=colour', bad({ kind: 'parameter-not-one-of', parameter: 'sort', allowed: ['value', 'performance', 'price', 'newest'], input: 'colour' })],
  ['phones: an unknown lowest verdict', ['phones', '--country', 'US', '--min-verdict', 'great'], 'phones?country=US&minVerdict=great', bad({ kind: 'parameter-not-one-of', parameter: 'minVerdict', allowed: ['full', 'partial', 'limited', 'none'], input: 'great' })],
  ['phones: too many phones', ['phones', '--country', 'US', '--limit', '500'], 'phones?country=US&limit=500', bad({ kind: 'parameter-above', parameter: 'limit', max: 100, input: '500' })],
  ['phones: half a phone', ['phones', '--country', 'US', '--limit', '2.5'], 'phones?country=US&limit=2.5', bad({ kind: 'parameter-type', parameter: 'limit', expected: 'integer', input: '2.5' })],
  ['phones: a year of two digits', ['phones', '--country', 'US', '--since', '23'], 'phones?country=US&since=23', bad({ kind: 'parameter-below', parameter: 'since', min: 1990, input: '23' })],
  ['phones: a currency of four letters', ['phones', '--country', 'US', '--currency', 'EURO'], 'phones?country=US&currency=EURO', bad({ kind: 'parameter-form', parameter: 'currency', form: 'currency', input: 'EURO' })],
  ['trip: no country', ['trip', mi6, '--countries', ','], `trip?devices=${mi6}&countries=,`, bad({ kind: 'too-few-values', parameter: 'countries', min: 1 })],
  ['trip: too many countries', ['trip', mi6, '--countries', countries(31)], `trip?devices=${mi6}&countries=${countries(31)}`, bad({ kind: 'too-many-values', parameter: 'countries', max: 30, count: 31 })],
  ['trip: too many phones, comma-separated', ['trip', ...Array.from({ length: 11 }, () => mi6), '--countries', 'JP'], `trip?devices=${Array.from({ length: 11 }, () => mi6).join(',')}&countries=JP`, bad({ kind: 'too-many-values', parameter: 'devices', max: 10, count: 11 })],
  ['compare: too many phones', ['compare', ...Array.from({ length: 11 }, () => mi6)], `compare?${Array.from({ length: 11 }, () => `devices=${mi6}`).join('&')}`, bad({ kind: 'too-many-values', parameter: 'devices', max: 10, count: 11 })],
  ['compare: a country too long', ['compare', mi6, mi6, '--country', long], `compare?devices=${mi6}&devices=${mi6}&country=${long}`, bad({ kind: 'parameter-too-long', parameter: 'country', max: 100 })],
  ['devices: a search too long', ['devices', long], `devices?q=${long}`, bad({ kind: 'parameter-too-long', parameter: 'q', max: 100 })],
  ['devices: too many matches', ['devices', 'mi 6', '--limit', '51'], 'devices?q=mi%206&limit=51', bad({ kind: 'parameter-above', parameter: 'limit', max: 50, input: '51' })],
  ['check: an empty carrier', ['check', mi6, '--country', 'US', '--carrier', ''], `check?device=${mi6}&country=US&carrier=`, bad({ kind: 'parameter-too-short', parameter: 'carrier', min: 1, input: '' })],
  ['check: an empty country', ['check', mi6, '--country', ''], `check?device=${mi6}&country=`, bad({ kind: 'parameter-too-short', parameter: 'country', min: 1, input: '' })],
  ['check: an empty phone name', ['check', '', '--country', 'US'], 'check?device=&country=US', bad({ kind: 'parameter-too-short', parameter: 'device', min: 1, input: '' })],
  ['check: an empty variant', ['check', mi6, '--country', 'US', '--variant', ''], `check?device=${mi6}&country=US&variant=`, bad({ kind: 'parameter-too-short', parameter: 'variant', min: 1, input: '' })],
  ['where: an empty phone name', ['where', ''], 'where?device=', bad({ kind: 'parameter-too-short', parameter: 'device', min: 1, input: '' })],
  ['phones: an empty country', ['phones', '--country', ''], 'phones?country=', bad({ kind: 'parameter-too-short', parameter: 'country', min: 1, input: '' })],
  ['phones: an empty carrier', ['phones', '--country', 'US', '--carrier', ''], 'phones?country=US&carrier=', bad({ kind: 'parameter-too-short', parameter: 'carrier', min: 1, input: '' })],
  ['compare: an empty country', ['compare', mi6, mi6, '--country', ''], `compare?devices=${mi6}&devices=${mi6}&country=`, bad({ kind: 'parameter-too-short', parameter: 'country', min: 1, input: '' })],
  ['trip: an empty variant', ['trip', mi6, '--countries', 'JP', '--variant', ''], `trip?devices=${mi6}&countries=JP&variant=`, bad({ kind: 'parameter-too-short', parameter: 'variant', min: 1, input: '' })],
  ['trip: an empty country list', ['trip', mi6, '--countries', ''], `trip?devices=${mi6}&countries=`, bad({ kind: 'parameter-too-short', parameter: 'countries.0', min: 1, input: '' })],
  ['trip: an empty IMEI list', ['trip', mi6, '--countries', 'JP', '--imei', ''], `trip?devices=${mi6}&countries=JP&imei=`, bad({ kind: 'parameter-too-short', parameter: 'imei.0', min: 1, input: '' })],
  ['trip: IMEIs that are only commas', ['trip', mi6, '--countries', 'JP', '--imei', ','], `trip?devices=${mi6}&countries=JP&imei=,`, bad({ kind: 'too-few-values', parameter: 'imei', min: 1 })],
  ['check: a country given twice', ['check', mi6, '--country', 'US', '--country', 'DE'], `check?device=${mi6}&country=US&country=DE`, bad({ kind: 'parameter-repeated', parameter: 'country', count: 2 })],
  ['check: a carrier given twice', ['check', mi6, '--country', 'US', '--carrier', 'AT&T', '--carrier', 'Verizon'], `check?device=${mi6}&country=US&carrier=AT%26T&carrier=Verizon`, bad({ kind: 'parameter-repeated', parameter: 'carrier', count: 2 })],
  ['phones: a limit given twice, over its default', ['phones', '--country', 'US', '--limit', '3', '--limit', '4'], 'phones?country=US&limit=3&limit=4', bad({ kind: 'parameter-repeated', parameter: 'limit', count: 2 })],
  ['compare: a day given three times', ['compare', mi6, mi6, '--as-of', '2026-01-01', '--as-of', '2026-02-01', '--as-of', '2026-03-01'], `compare?devices=${mi6}&devices=${mi6}&asOf=2026-01-01&asOf=2026-02-01&asOf=2026-03-01`, bad({ kind: 'parameter-repeated', parameter: 'asOf', count: 3 })],
  ['carriers: a country given twice', ['carriers', '--country', 'US', '--country', 'DE'], 'carriers?country=US&country=DE', bad({ kind: 'parameter-repeated', parameter: 'country', count: 2 })],
  ['carriers: an empty country', ['carriers', '--country', ''], 'carriers?country=', bad({ kind: 'parameter-too-short', parameter: 'country', min: 1, input: '' })],
  ['carriers: a country too long', ['carriers', '--country', long], `carriers?country=${long}`, bad({ kind: 'parameter-too-long', parameter: 'country', max: 100 })],
];

describe('the CLI and the HTTP routes refuse the same bad queries with the same problem', () => {
  it.each(TABLE)('%s', async (_what, argv, path, problem) => {
    const cli = await runCli(argv);
    const res = await get(`/api/v1/${path.replaceAll(' ', '%20')}`);
    expect([cli.code, res.statusCode]).toEqual([2, 400]);
    expect(cli.err.split('\n')[0]).toBe(`bandfit: ${writeMessage(problem, 'cli')}`);
    // The body names the parameter, not the item of a list (`countries`, not `countries.0`).
    expect(res.json().error).toEqual({ code: problem.code, message: writeMessage(problem, 'http'), parameter: problem.parameter.split('.')[0] });
  });

  it('writes the flag on the CLI and the parameter over HTTP', () => {
    const problem = TABLE.find(([what]) => what.includes('no number'))![3];
    expect(writeMessage(problem, 'cli')).toBe('--max-price must be a number, got "cheap"');
    expect(writeMessage(problem, 'http')).toBe('The parameter "maxPrice" must be a number, got "cheap"');
  });
});

describe('a list given repeated is the same list on both surfaces', () => {
  it.each([
    ['where --country', ['where', mi6, '--country', 'DE', '--country', 'Japan,KR'], `where?device=${mi6}&country=DE&country=Japan,KR`, (r: any) => r.countries.map((c: { country: string }) => c.country).sort()],
    ['trip --countries', ['trip', mi6, '--countries', 'JP', '--countries', 'DE,US'], `trip?devices=${mi6}&countries=JP&countries=DE,US`, (r: any) => r.countries],
  ])('%s', async (_what, argv, path, read) => {
    const cli = JSON.parse((await runCli([...argv, '--json', '--as-of', '2026-06-01'])).out);
    const http = (await get(`/api/v1/${path.replaceAll(' ', '%20')}&asOf=2026-06-01`)).json();
    expect(read(cli)).toHaveLength(3);
    expect(read(cli)).toEqual(read(http));
  });
});
