import { describe, expect, it } from 'vitest';
import type { Carrier } from '../catalog/types.js';
import { carrierAsOf, checkAsOf, DATES_KEPT_PER_CARRIER, datesKept, isPassed, lastDayOf, monthsSinceChecked, plannedOffs } from './as-of.js';

// China Unicom's 2G/3G as data/carriers/cn.json has them: UMTS ending 2026-06-15 (Band Atlas
// sunset.csv CN,china-unicom, source itsb-3g), GSM ending with no date.
const unicom = {
  id: 'cn-china-unicom', country: 'CN', name: 'China Unicom', aliases: [], mccmnc: [], territories: [], kind: 'mno',
  lte: [], nr: [], sources: [],
  gsm: { state: 'ending', bands: ['GSM1800', 'GSM900'] },
  umts: { state: 'ending', date: '2026-06-15', bands: ['U1', 'U8'] },
  tdscdma: { state: 'none' },
  cdma: { state: 'none' },
} as unknown as Carrier;

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
  it('keeps a bounded number of dates per carrier, and answers every date right', () => {
    const carrier = { ...unicom };
    const days: string[] = [];
    for (let d = 0; d < 120; d++) days.push(new Date(Date.UTC(2026, 3, 1 + d)).toISOString().slice(0, 10));
    // Twice over: the second pass asks dates dropped long ago, which are rebuilt.
    for (const day of [...days, ...days]) {
      const dated = carrierAsOf(carrier, day);
      const off = day >= '2026-06-15';
      expect(dated.umts.state, day).toBe(off ? 'off' : 'ending');
      expect(dated.gsm.state).toBe('ending');
      expect(plannedOffs(dated)).toEqual(off ? [{ tech: 'UMTS', date: '2026-06-15' }] : []);
      expect(datesKept(carrier)).toBeLessThanOrEqual(DATES_KEPT_PER_CARRIER);
    }
    expect(datesKept(carrier)).toBe(DATES_KEPT_PER_CARRIER);
    const last = days.at(-1)!;
    expect(carrierAsOf(carrier, last)).toBe(carrierAsOf(carrier, last)); // a kept date: the same object
    expect(carrier.umts.state).toBe('ending'); // the listed carrier is never changed
  });
});
