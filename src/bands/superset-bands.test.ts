import { describe, expect, it } from 'vitest';
import { bandIds, bandSetOf } from './band-set.js';
import { getBand } from './registry.js';
import { SUPERSETS, withSubsetBands } from './superset-bands.js';

const contains = (outer: readonly [number, number] | undefined, inner: readonly [number, number] | undefined) =>
  outer === undefined ? inner === undefined : inner !== undefined && outer[0] <= inner[0] && inner[1] <= outer[1];

describe('superset bands', () => {
  it('lists only pairs whose ranges really contain each other, same technology and duplex', () => {
    for (const [wide, narrows] of Object.entries(SUPERSETS)) {
      const w = getBand(wide);
      for (const n of narrows.map(getBand)) {
        expect(n.tech, `${wide} ⊇ ${n.id}`).toBe(w.tech);
        expect(n.duplex, `${wide} ⊇ ${n.id}`).toBe(w.duplex);
        expect(contains(w.dl, n.dl), `${wide} ⊇ ${n.id} downlink`).toBe(true);
        expect(contains(w.ul, n.ul), `${wide} ⊇ ${n.id} uplink`).toBe(true);
      }
    }
  });

  it('adds the narrower bands a phone covers and leaves the input alone', () => {
    const phone = bandSetOf(['B12', 'B66', 'n77', 'B3']);
    const before = bandIds(phone);
    expect(bandIds(withSubsetBands(phone))).toEqual(['B3', 'B4', 'B12', 'B17', 'B66', 'n77', 'n78']);
    expect(bandIds(phone)).toEqual(before);
  });

  it('never works the other way round: B17 does not give B12', () => {
    expect(bandIds(withSubsetBands(bandSetOf(['B17', 'B4'])))).toEqual(['B4', 'B17']);
  });
});
