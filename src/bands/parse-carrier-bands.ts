import { BandfitError } from '../errors.js';
import { carrierKey } from './carrier-text/carrier-key.js';
import { CDMA_RULES, GSM_RULES, TDSCDMA_RULES, UMTS_RULES } from './carrier-text/legacy-rules.js';
import { LTE_RULES } from './carrier-text/lte-rules.js';
import { noteBands } from './carrier-text/note-bands.js';
import { readToken, splitBandText } from './carrier-text/normalize-token.js';
import { NR_RULES } from './carrier-text/nr-rules.js';
import { primaryCountry } from './carrier-text/regions.js';
import { fromNotes, type FrequencyRule, type RuleContext } from './carrier-text/rule-context.js';
import { findBand } from './registry.js';
import type { Tech } from './types.js';

export interface CarrierTextContext {
  /** ISO country (or a `mcc-mnc-list` code such as `AU/CC/CX`, `GE-AB`: the first code counts). */
  country: string;
  /** Brand and operator names, for the networks whose bands differ from their neighbours'. */
  carrier?: string;
  /** `310-260` */
  mccmnc?: string;
  /** The row's notes: band numbers written there (`LTE bands 28 / 3`) settle ambiguous names. */
  notes?: string | null;
}

export interface ParsedToken {
  token: string;
  tech: Tech;
  bands: string[];
  /** The rule that chose the bands (`lte-700-apt`, `notes`); see docs/carrier-band-text.md. */
  rule?: string;
}

export type UnreadKind = 'tech-only' | 'ambiguous' | 'no-radio' | 'other-tech' | 'unknown';

export interface UnreadToken {
  token: string;
  reason: string;
  /** `tech-only` and `ambiguous` tokens name a technology bandfit models; the others do not. */
  kind: UnreadKind;
  tech?: Tech;
}

export interface CarrierBandsResult {
  tokens: ParsedToken[];
  unread: UnreadToken[];
}

const RULES: Readonly<Record<Tech, Readonly<Record<string, FrequencyRule>>>> = {
  GSM: GSM_RULES, UMTS: UMTS_RULES, CDMA: CDMA_RULES, TDSCDMA: TDSCDMA_RULES, LTE: LTE_RULES, NR: NR_RULES,
};

/**
 * Turns `mcc-mnc-list` band text into 3GPP band ids, token by token. Frequency names are
 * read by country and network (`LTE 700` is B28 in Europe, B13 on Verizon); what cannot be
 * read honestly is returned in `unread` with the reason. Throws only on misuse (`E_BAD_INPUT`).
 *
 * @example
 * parseCarrierBands('GSM 900 / LTE 800 / 5G 3500', { country: 'DE' });
 * // tokens: GSM900, B20, n78
 */
export function parseCarrierBands(text: string, ctx: CarrierTextContext): CarrierBandsResult {
  if (typeof text !== 'string') throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'band-text-not-string', parameter: 'text' });
  if (!ctx || typeof ctx.country !== 'string') {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'band-text-needs-country', parameter: 'country' });
  }
  const country = primaryCountry(ctx.country);
  const text_ = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const key = carrierKey(country, text_(ctx.carrier), text_(ctx.mccmnc));
  const rc: RuleContext = { country, notes: noteBands(text_(ctx.notes)), ...(key ? { key } : {}) };
  const result: CarrierBandsResult = { tokens: [], unread: [] };
  for (const token of splitBandText(text)) {
    const reading = readToken(token);
    if (reading.kind === 'band') {
      const decided = decide(reading.tech, reading.tdd ? `TD${reading.mhz}` : String(reading.mhz), reading.mhz, rc);
      if ('bands' in decided) result.tokens.push({ token, tech: reading.tech, bands: decided.bands, rule: decided.rule });
      else result.unread.push({ token, reason: decided.reason, kind: 'ambiguous', tech: reading.tech });
    } else if (reading.kind === 'tech') {
      result.unread.push({ token, reason: `${reading.tech} without a frequency: bands not said`, kind: 'tech-only', tech: reading.tech });
    } else {
      result.unread.push({ token, reason: reading.reason, kind: reading.kind });
    }
  }
  return result;
}

function decide(tech: Tech, name: string, mhz: number, rc: RuleContext) {
  // A `TD-` name with no TDD rule (TD-SCDMA's own names) falls back to the plain name.
  const rule = RULES[tech][name] ?? RULES[tech][String(mhz)];
  if (!rule) return { reason: `no rule for ${tech} ${mhz} MHz` };
  const named = tech === 'LTE' ? rc.notes.lte : tech === 'NR' ? rc.notes.nr : [];
  const picked = named.length ? fromNotes(rule.candidates, named, tech === 'NR' ? 'n' : 'B') : [];
  const decided = picked.length ? { bands: picked, rule: 'notes' } : rule.decide(rc);
  if (!('bands' in decided)) return decided;
  const missing = decided.bands.filter((id) => !findBand(id));
  if (missing.length) return { reason: `band ${missing.join(', ')} is not in the band registry` };
  return decided;
}
