import { describe, expect, it } from 'vitest';
import { checkAsOf, isPassed, lastDayOf, monthsSinceChecked } from './as-of.js';

describe('as-of dates', () => {
  it('reads a partial switch-off date as the end of its period', () => {
    expect(lastDayOf('2026')).toBe('2026-12-31');
    expect(lastDayOf('2026-02')).toBe('2026-02-28');
    expect(isPassed('2026-06', '2026-06-15')).toBe(false);
    expect(isPassed('2026-06', '2026-06-30')).toBe(true);
    expect(isPassed('2026-06-15', '2026-06-15')).toBe(true);
    expect(isPassed('2026-06-15', '2026-06-14')).toBe(false);
  });
  it('refuses a date that is not a calendar day', () => {
    expect(() => checkAsOf('2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => checkAsOf('tomorrow')).toThrow(/not a date/);
    expect(checkAsOf('2026-12-02')).toBe('2026-12-02');
  });
  it('counts whole months since a record was checked', () => {
    expect(monthsSinceChecked('2025-12-02', '2026-12-02')).toBe(12);
    expect(monthsSinceChecked('2025-12-03', '2026-12-02')).toBe(11);
  });
});
