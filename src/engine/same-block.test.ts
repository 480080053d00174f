import { describe, expect, it } from 'vitest';
import { sameBlockLabels } from './same-block.js';

describe('one block listed under two numbers', () => {
  it('au (KDDI) lists its 800 MHz layer as B18 and B26: one layer, known as B18', () => {
    // data/carriers/jp.json jp-au: Band Atlas network_bands.csv JP,kddi rows B18 and B26, both coverage.
    const labels = sameBlockLabels([
      { band: 'B1', layer: 'capacity' }, { band: 'B18', layer: 'coverage' }, { band: 'B26', layer: 'coverage' }, { band: 'B28', layer: 'coverage' },
    ]);
    expect([...labels]).toEqual([['B26', 'B18']]);
  });

  it('keeps capacity pairs apart: the wider number holds spectrum the narrower lacks (B66 AWS-3, n77 4 GHz)', () => {
    expect(sameBlockLabels([{ band: 'B4', layer: 'capacity' }, { band: 'B66', layer: 'capacity' }]).size).toBe(0);
    expect(sameBlockLabels([{ band: 'n77', layer: 'capacity' }, { band: 'n78', layer: 'capacity' }]).size).toBe(0);
  });

  it('a wider band over two listed blocks (B26 over B18 and B19) stays a band of its own', () => {
    const labels = sameBlockLabels([{ band: 'B18', layer: 'coverage' }, { band: 'B19', layer: 'coverage' }, { band: 'B26', layer: 'coverage' }]);
    expect(labels.size).toBe(0);
  });
});
