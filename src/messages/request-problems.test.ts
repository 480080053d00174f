import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST_EXAMPLES, writeRequestProblem } from './request-problems.js';

describe('writeRequestProblem', () => {
  it.each(Object.values(REQUEST_EXAMPLES).map((p) => [p.kind, p] as const))('%s writes one line naming its fields', (_kind, problem) => {
    const message = writeRequestProblem(problem);
    expect(message.trim().length).toBeGreaterThan(10);
    expect(message).not.toMatch(/\n|undefined|\[object /);
    for (const [key, value] of Object.entries(problem)) if (key !== 'code' && key !== 'kind') expect(message).toContain(String(value));
  });

  it('leaves no sentence to the server: its error bodies are written here', () => {
    const dir = join(import.meta.dirname, '..', 'server');
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const written = sources.flatMap((f) => (readFileSync(join(dir, f), 'utf8').match(/message: ['`"][^'`"]*/g) ?? []).map((m) => `${f}: ${m}`));
    expect(sources.length).toBeGreaterThan(10);
    expect(written).toEqual([]);
  });
});
