import { describe, expect, it } from 'vitest';
import { runJson } from '../cli/run-cli.js';
import { AS_OF, GOLDEN_CASES } from './cases.js';

/** The golden cases of `cases.ts`, through `bandfit check --as-of` as a user runs it. */
describe(`golden cases: real phones on real carriers as of ${AS_OF}`, () => {
  it('are at least 40, each with its source', () => {
    expect(GOLDEN_CASES.length).toBeGreaterThanOrEqual(40);
    for (const c of GOLDEN_CASES) expect(c.source.length, `${c.device} on ${c.carrier}`).toBeGreaterThan(20);
  });

  for (const c of GOLDEN_CASES) {
    const title = `${c.device}${c.variant ? ` (${c.variant})` : ''} on ${c.carrier} ${c.country}: ${c.levels.join(' or ')}, calls ${c.calls} — ${c.source}`;
    it(title, async () => {
      const argv = ['check', c.device, '--country', c.country, '--carrier', c.carrier, '--as-of', AS_OF,
        ...(c.variant ? ['--variant', c.variant] : []), ...(c.all ? ['--all'] : [])];
      const report = await runJson(argv);
      const result = report.results.find((r: any) => r.carrier.name === c.carrier) ?? report.results[0];
      const codes = result.reasons.map((r: any) => r.code);
      expect(c.levels, `level ${result.level}; reasons ${codes.join(', ')}`).toContain(result.level);
      expect(result.calls, codes.join(', ')).toBe(c.calls);
      for (const code of c.reasons ?? []) expect(codes).toContain(code);
      for (const code of c.never ?? []) expect(codes).not.toContain(code);
      expect(result.carrier.sources.length).toBeGreaterThan(0);
    });
  }
});
