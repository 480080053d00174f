import { BANDS } from '../../src/bands/registry.js';

/**
 * Everyday band names (`B12` → `700 a`) from the same registry the engine uses (3GPP TS 36.101
 * table 5.5-1, TS 38.101-1 table 5.2-1 and the GSM/UMTS/CDMA tables cited in src/bands), so
 * the web app never spells a band differently from the API.
 */
export const BANDS_BY_ID: ReadonlyMap<string, string> = new Map(BANDS.map((b) => [b.id, b.name]));
