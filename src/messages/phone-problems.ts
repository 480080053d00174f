import { PASTE_BANDS_EXAMPLE, pasteBandsCommand } from './paste-bands.js';
import type { Surface } from './surface.js';
import { listed, option } from './surface.js';

/** What a TAC table row says of an IMEI: the fields every IMEI problem names. */
interface TacRowFields {
  tac: string;
  imei?: string;
  brand: string;
  models: string[];
  row: string;
  source: string;
}

/** Problems of identifying a phone by its IMEI, and of teaching bandfit a phone. */
export type PhoneProblem =
  | { code: 'E_UNKNOWN_DEVICE'; kind: 'unknown-tac'; parameter: string; tac: string; imei?: string }
  | ({ code: 'E_AMBIGUOUS_DEVICE'; kind: 'ambiguous-tac'; parameter: string; matches: string[] } & TacRowFields)
  | ({ code: 'E_UNKNOWN_DEVICE'; kind: 'unidentified-model'; parameter: string; family: string[] } & TacRowFields)
  | { code: 'E_AMBIGUOUS_DEVICE'; kind: 'ambiguous-teach-name'; name: string; matches: string[] }
  | { code: 'E_BAD_INPUT'; kind: 'phone-name-one-word'; parameter: string; name: string }
  | { code: 'E_BAD_INPUT'; kind: 'phone-name-no-id'; parameter: string; name: string }
  | { code: 'E_BAD_INPUT'; kind: 'page-names-no-phone'; parameter: string }
  | { code: 'E_BAD_INPUT'; kind: 'variant-for-several'; parameter: string; count: number; labels: string[] }
  | { code: 'E_BAD_INPUT'; kind: 'which-variant-taught'; parameter: string; device: string; count: number }
  | { code: 'E_BAD_INPUT'; kind: 'bands-or-page'; parameter: string }
  | { code: 'E_BAD_BAND_TEXT'; kind: 'page-without-band-table'; parameter: string }
  | { code: 'E_BAD_BAND_TEXT'; kind: 'page-without-bands'; parameter: string };

/** `IMEI … (TAC …)`, and over HTTP the parameter it came in. */
const asked = (p: { tac: string; imei?: string; parameter: string }, surface: Surface): string =>
  `${p.imei ? `IMEI ${p.imei} (TAC ${p.tac})` : `TAC ${p.tac}`}${surface === 'http' ? ` ("${p.parameter}")` : ''}`;
const named = (p: TacRowFields & { parameter: string }, surface: Surface): string =>
  `${asked(p, surface)} names ${p.brand} ${p.models.join(' / ')} (${p.row}, ${p.source})`;
/** A model code worth typing: has a digit, no space (not "iPhone 15"). */
const modelCode = (models: readonly string[]): string | undefined => models.find((m) => /\d/.test(m) && !/\s/.test(m));

/** The ways on when a phone is not identified: paste its bands, or teach it. */
function waysOn(surface: Surface, brand = 'Brand', model = 'Model', code?: string): string {
  if (surface === 'http') {
    return `Paste its bands instead in the parameter "bands" (e.g. bands=${PASTE_BANDS_EXAMPLE}); or teach bandfit the phone with POST /api/v1/import/phone`;
  }
  return `Paste its bands: ${pasteBandsCommand()}; or teach bandfit the phone: bandfit devices add "${brand} ${model}" --bands TEXT${code ? ` --model ${code}` : ''}`;
}

/** Writes the one sentence (undefined for another area's kind) for a phone problem. */
export function writePhoneProblem(p: PhoneProblem, surface: Surface): string | undefined {
  switch (p.kind) {
    case 'unknown-tac':
      return `${asked(p, surface)} is in none of bandfit's TAC tables, so the phone is not identified. ${waysOn(surface)}${surface === 'cli' ? '; or add its TAC with: bandfit import tacs FILE' : ''}`;
    case 'ambiguous-tac':
      return `${named(p, surface)}: the TAC is listed for ${listed(p.matches)}. Say which with ${option(surface, 'variant')} (the phone's settings show its model number, under About)`;
    case 'unidentified-model': {
      const code = modelCode(p.models);
      const known = p.family.length
        ? `the catalog has ${p.family.join(', ')}, but no variant with model code ${p.models.join(' or ')}, whose bands may differ`
        : `the catalog has no phone by that ${code ? 'model code or ' : ''}name`;
      return `${named(p, surface)}: ${known}. ${waysOn(surface, p.brand, p.models[0] ?? 'Model', code)}`;
    }
    case 'ambiguous-teach-name':
      return `"${p.name}" names several phones: ${listed(p.matches)}; teach it under its full name`;
    case 'phone-name-one-word':
      return `Name the phone as "Brand Model" (for example "Fairphone 5"), got "${p.name}"${surface === 'http' ? ` in "${p.parameter}"` : ''}`;
    case 'phone-name-no-id':
      return `"${p.name}"${surface === 'http' ? ` ("${p.parameter}")` : ''} has no letters or digits to make an id from`;
    case 'page-names-no-phone':
      return `Name the phone ("Brand Model")${surface === 'http' ? ` in "${p.parameter}"` : ''}: the page does not say which phone it is`;
    case 'variant-for-several':
      return `The text describes ${p.count} variants (${p.labels.join(', ')}); leave out ${surface === 'cli' ? '--variant and --model' : `"${p.parameter}" and "models"`}, the labels in the text name them`;
    case 'which-variant-taught':
      return `${p.device} has ${p.count} variants: say which one these bands are with ${surface === 'cli' ? '--variant or --model' : `"${p.parameter}" or "models"`}`;
    case 'bands-or-page':
      return surface === 'cli'
        ? 'Give the bands either as text (--bands) or as a spec page (--from FILE), one of the two'
        : 'Give the bands either as text ("bands") or as a spec page ("page"), one of the two';
    case 'page-without-band-table':
      return `The page${surface === 'http' ? ` ("${p.parameter}")` : ''} has no band table (no 2G, 3G, 4G or 5G bands row): save the phone's whole spec page, or copy its Network section, and try again; nothing was stored`;
    case 'page-without-bands':
      return `No band could be read from the page's band rows${surface === 'http' ? ` ("${p.parameter}")` : ''}; nothing was stored`;
    default:
      return undefined; // a kind of another area
  }
}
