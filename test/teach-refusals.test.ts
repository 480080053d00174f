import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParameterProblem } from '../src/messages/parameter-problems.js';
import { writeMessage } from '../src/messages/write-message.js';
import { inProcessApp } from '../src/server/test-support/in-process-app.js';
import { runCli } from './cli/run-cli.js';

/**
 * One schema for teaching a phone (src/service/teach-schema.ts): `bandfit devices add` and
 * `POST /api/v1/import/phone` refuse the same bad request with the same problem.
 */
const TOKEN = 'teach-refusals';
const { app } = inProcessApp({ BANDFIT_ADMIN_TOKEN: TOKEN });
const post = (body: object) =>
  app.inject({ method: 'POST', url: '/api/v1/import/phone', payload: body, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } });
const bands = 'LTE 1, 3, 7, 20';
const bad = (problem: Record<string, unknown>) => ({ code: 'E_BAD_INPUT', ...problem }) as ParameterProblem;
/** Two saved Network sections, for `--from` given twice (the body's `page`). */
const pagesDir = mkdtempSync(join(tmpdir(), 'bandfit-teach-pages-'));
const pages = ['4G bands 1, 3, 7, 20', '4G bands 2, 4, 66'].map((text, i) => {
  const file = join(pagesDir, `page-${i}.txt`);
  writeFileSync(file, `Network\nTechnology LTE\n${text}\n`);
  return { file, text: `Network\nTechnology LTE\n${text}\n` };
});
afterAll(() => rmSync(pagesDir, { recursive: true, force: true }));

/** [what, CLI argv after `devices add`, the body, the problem both report] */
const TABLE: [string, string[], object, ParameterProblem][] = [
  ['an empty name', ['', '--bands', bands], { name: '', bands }, bad({ kind: 'parameter-too-short', parameter: 'name', min: 1, input: '' })],
  ['a name too long', ['x'.repeat(101), '--bands', bands], { name: 'x'.repeat(101), bands }, bad({ kind: 'parameter-too-long', parameter: 'name', max: 100 })],
  ['an empty variant', ['Fixture Teach T9', '--bands', bands, '--variant', ''], { name: 'Fixture Teach T9', bands, variant: '' }, bad({ kind: 'parameter-too-short', parameter: 'variant', min: 1, input: '' })],
  ['a model number too long', ['Fixture Teach T9', '--bands', bands, '--model', 'M'.repeat(41)], { name: 'Fixture Teach T9', bands, models: ['M'.repeat(41)] }, bad({ kind: 'parameter-too-long', parameter: 'models.0', max: 40 })],
  ['an empty source', ['Fixture Teach T9', '--bands', bands, '--source', ''], { name: 'Fixture Teach T9', bands, source: '' }, bad({ kind: 'parameter-too-short', parameter: 'source', min: 1, input: '' })],
  ['bands given twice', ['Fixture Teach T9', '--bands', bands, '--bands', 'LTE 28'], { name: 'Fixture Teach T9', bands: [bands, 'LTE 28'] }, bad({ kind: 'parameter-repeated', parameter: 'bands', count: 2 })],
  ['a page given twice', ['Fixture Teach T9', '--from', pages[0]!.file, '--from', pages[1]!.file], { name: 'Fixture Teach T9', page: pages.map((p) => p.text) }, bad({ kind: 'parameter-repeated', parameter: 'page', count: 2 })],
];

describe('devices add and POST /import/phone refuse the same requests with the same problem', () => {
  it.each(TABLE)('%s', async (_what, argv, body, problem) => {
    const cli = await runCli(['devices', 'add', ...argv]);
    const res = await post(body);
    expect([cli.code, res.statusCode]).toEqual([2, 400]);
    expect(cli.err.split('\n')[0]).toBe(`bandfit: ${writeMessage(problem, 'cli')}`);
    expect(res.json().error).toEqual({ code: 'E_BAD_INPUT', message: writeMessage(problem, 'http'), parameter: problem.parameter.split('.')[0] });
  });

  it('answers a preview with the same JSON on both', async () => {
    const cli = await runCli(['devices', 'add', 'Fixture Teach T9', '--bands', bands, '--variant', 'Global', '--dry-run', '--json']);
    const res = await post({ name: 'Fixture Teach T9', bands, variant: 'Global', dryRun: true });
    expect(cli.code).toBe(0);
    expect(JSON.parse(cli.out)).toEqual(res.json());
    expect(res.json()).toMatchObject({ stored: false, inserted: 0, updated: 0, device: { name: 'Teach T9' } });
  });
});
