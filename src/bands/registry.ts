import { BandfitError } from '../errors.js';
import { BAND_TABLE } from './band-table.js';
import type { BandInfo, Tech } from './types.js';

/**
 * The band registry: every band bandfit knows, in a fixed order. A band's position in
 * `BANDS` is its bit in a `BandSet`, so the order is part of the compiled catalog format:
 * append new bands at the end of their table, never reorder.
 */
export const BANDS: readonly BandInfo[] = BAND_TABLE;

const byId = new Map<string, number>();
BANDS.forEach((band, index) => {
  if (byId.has(band.id)) throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'band-listed-twice', band: band.id });
  byId.set(band.id, index);
});

/** Position of a band in the registry, or `undefined` for an id bandfit does not know. */
export function bandIndex(id: string): number | undefined {
  return byId.get(id);
}

/** The band with this id, or `undefined`. */
export function findBand(id: string): BandInfo | undefined {
  const index = byId.get(id);
  return index === undefined ? undefined : BANDS[index];
}

/** The band with this id; throws `E_BAD_INPUT` for an unknown id. */
export function getBand(id: string): BandInfo {
  const band = findBand(id);
  if (!band) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'unknown-band', band: id });
  return band;
}

/** The band of a technology with a given number (`LTE`, 12 → B12), or `undefined`. */
export function bandByNumber(tech: Tech, number: number): BandInfo | undefined {
  return BANDS.find((band) => band.tech === tech && band.number === number);
}

/** `B12 (700 a)`: the id and the everyday name, as reasons print it. */
export function bandLabel(id: string): string {
  const band = findBand(id);
  return band ? `${band.id} (${band.name})` : id;
}
