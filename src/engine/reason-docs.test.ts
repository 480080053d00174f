import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../project-root.js';
import { REASON_CODES } from './reason-messages.js';

/** docs/verdicts.md lists every reason code and the four words of the calls dimension. */
const doc = readFileSync(projectPath('docs', 'verdicts.md'), 'utf8');
const tableRows = doc.split('\n').filter((line) => line.startsWith('|')).join('\n');

const readme = readFileSync(projectPath('README.md'), 'utf8');

describe('the README', () => {
  it('defines full by the bands alone and calls in their own table, so the two never contradict', () => {
    const full = readme.split('\n').find((line) => line.startsWith('| `full` |'));
    expect(full).toBeDefined();
    expect(full).not.toMatch(/call|voice|VoLTE/i);
    for (const word of ['volte', 'circuit-switched', 'unconfirmed', 'none']) expect(readme).toContain(`| \`${word}\` |`);
  });
});

describe('docs/verdicts.md', () => {
  it('has a row for every reason code the engine can give', () => {
    expect(REASON_CODES.length).toBeGreaterThan(15);
    expect(REASON_CODES.filter((code) => !tableRows.includes(`\`${code}\``))).toEqual([]);
  });

  it('defines each calls word in the calls table', () => {
    for (const word of ['volte', 'circuit-switched', 'unconfirmed', 'none']) expect(doc).toContain(`| \`${word}\` |`);
  });
});
