import type { Surface } from './surface.js';

/** Problems of band text and of the band registry itself. */
export type BandProblem =
  | { code: 'E_BAD_INPUT'; kind: 'band-text-not-string'; parameter: string }
  | { code: 'E_BAD_INPUT'; kind: 'band-text-needs-country'; parameter: string }
  | { code: 'E_BAD_INPUT'; kind: 'band-fields-not-object' }
  | { code: 'E_BAD_BAND_TEXT'; kind: 'no-band-read' }
  | { code: 'E_BAD_INPUT'; kind: 'unknown-band'; band: string }
  | { code: 'E_CORRUPT_DATA'; kind: 'band-listed-twice'; band: string }
  | { code: 'E_CORRUPT_DATA'; kind: 'band-without-downlink'; band: string };

/** Writes the one sentence (undefined for another area's kind) for a band problem. */
export function writeBandProblem(p: BandProblem, surface: Surface): string | undefined {
  switch (p.kind) {
    case 'band-text-not-string':
      return `Band text "${p.parameter}" must be a string`;
    case 'band-text-needs-country':
      return `A country is needed to read band text${surface === 'http' ? ` ("${p.parameter}")` : ''}`;
    case 'band-fields-not-object':
      return 'Band fields must be an object';
    case 'no-band-read':
      return 'No band could be read from the text';
    case 'unknown-band':
      return `Unknown band "${p.band}"`;
    case 'band-listed-twice':
      return `Band ${p.band} is listed twice`;
    case 'band-without-downlink':
      return `FDD band ${p.band} lacks a downlink range`;
    default:
      return undefined; // a kind of another area
  }
}
