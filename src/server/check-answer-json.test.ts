import { describe, expect, it } from 'vitest';
import { openSnapshot } from '../service/open-snapshot.js';
import { checkQuery, type CheckQuery } from '../service/queries.js';
import { checkAnswerJson } from './check-answer-json.js';

const snapshot = await openSnapshot();
const countries = [...new Set(snapshot.carriers.carriers.map((c) => c.country))].sort();
const asOf = '2026-12-03';

describe('checkAnswerJson', () => {
  it('writes exactly what JSON.stringify writes, for every starter variant in three countries', () => {
    const mismatched: string[] = [];
    let compared = 0;
    let turn = 0;
    for (const device of snapshot.devices) {
      for (const variant of device.variants) {
        for (const country of [countries[turn++ % countries.length]!, countries[(turn * 7) % countries.length]!, 'US']) {
          let report;
          try {
            report = checkQuery(snapshot, { device: device.id, variant: variant.id, country, asOf });
          } catch {
            continue; // an ambiguous id: an error, not an answer
          }
          // Twice: the second time from the parts written once.
          if (checkAnswerJson(report) !== JSON.stringify(report) || checkAnswerJson(report) !== JSON.stringify(report)) mismatched.push(`${variant.id} ${country}`);
          compared++;
        }
      }
    }
    expect(mismatched).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
  });

  it('writes pasted bands, every network, one carrier and an IMEI answer as JSON.stringify does', () => {
    const queries: CheckQuery[] = [
      { bands: 'LTE 1, 3, 7, 20', country: 'DE', asOf },
      { bands: 'LTE 1, 3, 7, 20', country: 'DE', asOf }, // a new band list each time
      { device: 'Xiaomi Mi 6', country: 'US', includeAll: true, asOf },
      { device: 'MCE16', country: 'US', carrier: 'verizon', asOf },
      { device: 'Xiaomi Mi 6', country: 'US' }, // no asOf: the catalog's build date
    ];
    for (const q of queries) {
      const report = checkQuery(snapshot, q);
      expect(checkAnswerJson(report)).toBe(JSON.stringify(report));
    }
    const identified = { ...checkQuery(snapshot, { device: 'Xiaomi Mi 6', country: 'US', asOf }), identified: { tac: '35000000', source: 'test' } };
    expect(checkAnswerJson(identified as never)).toBe(JSON.stringify(identified));
  });

  it('writes a result whose carrier is not its first member in its own order', () => {
    const report = checkQuery(snapshot, { device: 'Xiaomi Mi 6', country: 'US', asOf });
    const [first, ...rest] = report.results;
    const { carrier, ...others } = first!;
    const moved = { ...report, results: [{ ...others, carrier }, ...rest] };
    expect(checkAnswerJson(moved)).toBe(JSON.stringify(moved));
  });

  it('shares one frozen summary per carrier and per device variant between answers', () => {
    const a = checkQuery(snapshot, { device: 'Xiaomi Mi 6', country: 'US', asOf });
    const b = checkQuery(snapshot, { device: 'MCE16', country: 'US', asOf });
    const c = checkQuery(snapshot, { device: 'Xiaomi Mi 6', country: 'US', asOf });
    expect(b.results.find((r) => r.carrier.id === a.results[0]!.carrier.id)!.carrier).toBe(a.results[0]!.carrier);
    expect(c.device).toBe(a.device);
    expect(Object.isFrozen(a.results[0]!.carrier)).toBe(true);
    expect(Object.isFrozen(a.device)).toBe(true);
  });
});
