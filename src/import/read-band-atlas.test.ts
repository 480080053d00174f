import { describe, expect, it } from 'vitest';
import { carrierIdMap } from '../catalog/carrier-ids.js';
import { readBandAtlas } from './read-band-atlas.js';
import { readCsv } from './read-csv.js';

const ids = carrierIdMap([]);
const read = (text: string, layout: 'network-bands' | 'networks') => readBandAtlas(readCsv(text, 'networks.csv').rows, layout, 'networks.csv', ids);
const NETWORKS = 'country,operator_id,operator,group,sa,2g,2g_date,2g_source,3g,3g_date,3g_source\n';

describe('readBandAtlas', () => {
  it('writes a quarter or half as the last month of that period, which the engine reads as its end', () => {
    const { rows } = read(`${NETWORKS}XX,net,Net,,yes,planned,2028-H2,a,off,2025-Q4,b\n`, 'networks');
    expect(rows[0]!.record).toMatchObject({ id: 'xx-net', name: 'Net', nrSa: true, gsm: { state: 'ending', date: '2028-12' }, umts: { state: 'off', date: '2025-12' } });
  });

  it('reads an ambiguous none as unknown (no switch-off on record is not "never had it") and nsa as no standalone', () => {
    const { rows } = read(`${NETWORKS}XX,net,Net,,nsa,none,,,never,,\n`, 'networks');
    expect(rows[0]!.record).toMatchObject({ nrSa: false, gsm: { state: 'unknown' }, umts: { state: 'none' } });
  });

  it('leaves band checks to the validator but refuses a technology it does not read, naming the line', () => {
    const text = 'country,operator_id,tech,band,layer,confidence\nXX,net,NR,n78,capacity,x\nXX,net,LTE,B3,capacity,x\nXX,net,GSM,900,coverage,x\n';
    const { rows, rejected } = read(text, 'network-bands');
    expect(rows.map((r) => r.record.nr ?? r.record.lte)).toEqual([[{ band: 'n78', layer: 'capacity', confidence: 'x' }], [{ band: 'B3', layer: 'capacity', confidence: 'x' }]]);
    expect(rejected).toEqual([{ line: 4, reason: 'tech must be LTE or NR, got "GSM" (band "900")' }]);
  });
});
