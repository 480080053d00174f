import { findBand } from './registry.js';

/**
 * SDL/SUL, licence-assisted (B46) and mmWave bands only add capacity on top of a primary
 * band, so they never decide a level or carry a coverage layer (TS 36.101 §5.5: SDL bands are
 * used in carrier aggregation only; TS 38.101-2: FR2 cells are small and need an FR1 or LTE anchor).
 *
 * @example isSupplemental('B29') // true (700 MHz downlink-only)
 */
export function isSupplemental(bandId: string): boolean {
  const band = findBand(bandId);
  if (!band) return false;
  return band.duplex === 'SDL' || band.duplex === 'SUL' || band.unlicensed === true || band.mmWave === true;
}
