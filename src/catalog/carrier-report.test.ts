import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadCarrierCatalog } from './carrier-catalog.js';
import { carrierReport, formatCarrierReport } from './carrier-report.js';
import type { MccMncRecord } from './derive-carriers.js';

const require = createRequire(import.meta.url);

describe('carrierReport', () => {
  const report = carrierReport(loadCarrierCatalog(), require('mcc-mnc-list').all() as MccMncRecord[]);

  it('turns at least 97 % of band tokens of operational operators into band numbers', () => {
    expect(report.tokens.percentRead).toBeGreaterThanOrEqual(97);
    expect(report.tokens.read + report.tokens.byKind.ambiguous).toBe(report.tokens.band);
    expect(report.tokens.percentReadWithTechOnly).toBeLessThan(report.tokens.percentRead);
  });
  it('counts carriers, countries and operators', () => {
    const { carriers, operators } = report;
    expect(carriers.curated + carriers.derived).toBe(carriers.total);
    expect(carriers.mno + carriers.mvno).toBe(carriers.total);
    expect(report.countries).toBeGreaterThan(200);
    expect(operators.full).toBeGreaterThan(operators.partial + operators.none);
  });
  it('lists every unread token with its count and reason', () => {
    const bare = report.unread.find((u) => u.token === 'LTE' && u.kind === 'tech-only');
    expect(bare?.count).toBeGreaterThan(10);
    expect(report.unread.every((u) => u.reason.length > 0 && u.count > 0)).toBe(true);
    const text = formatCarrierReport(report);
    expect(text).toMatch(/Band tokens read: \d+ of \d+ \(\d+(\.\d)? %\)/);
    expect(text.split('\n').length).toBe(4 + report.unread.length);
  });
  it('reads the installed package by default', () => {
    expect(carrierReport(loadCarrierCatalog()).tokens).toEqual(report.tokens);
  });
  it('handles a tiny hand-written input', () => {
    const tiny = carrierReport({ carriers: [], formatVersion: 1, dataVersion: 'x', buildDate: '2026-01-01' }, [
      { countryCode: 'DE', mcc: '262', mnc: '01', brand: 'Telekom', operator: null, status: 'Operational', bands: 'GSM 900 / LTE 800 / LTE', notes: null },
      { countryCode: 'DE', mcc: '262', mnc: '99', brand: 'x', operator: null, status: 'Operational', bands: 'MVNO', notes: null },
    ]);
    expect(tiny.tokens).toMatchObject({ band: 2, read: 2, percentRead: 100 });
    expect(tiny.operators).toEqual({ full: 0, partial: 1, none: 0, noBands: 1 });
  });
});
