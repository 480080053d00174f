import { findBand } from '../registry.js';
import type { Tech } from '../types.js';
import { AWS_BAND, bandAtFrequency, bandAtRange, GSM_BY_BAND_NUMBER, type FrequencyReading } from './frequency-maps.js';
import { splitBandLabel } from './split-band-label.js';
import { tokenizeBandText, type BandToken } from './tokenize-band-text.js';

/** What one line of band text says. */
export interface LineReading {
  label: string | null;
  /** Registry band ids, in the order the line gives them, without repeats. */
  bands: string[];
  modes: ('SA' | 'NSA')[];
  /** Technologies the line names (with or without bands). */
  named: Tech[];
  unread: { text: string; reason: string }[];
  /** The technology in force at the end of the line, for a continuation line. */
  tech: Tech | null;
}

/** Numbers below this are band numbers; from it up they are frequencies in MHz (GSM 450). */
const FIRST_MHZ = 400;

const ID_PREFIX: Record<Tech, string> = { GSM: 'GSM', CDMA: 'BC', UMTS: 'U', TDSCDMA: 'TD', LTE: 'B', NR: 'n' };

function byNumber(tech: Tech, value: number): FrequencyReading {
  if (tech === 'GSM') {
    const id = GSM_BY_BAND_NUMBER[value];
    return id ? { id } : { reason: `GSM has no band numbered ${value}` };
  }
  return { id: `${ID_PREFIX[tech]}${value}` };
}

/** Checks an id against the registry, so only bands bandfit knows leave the parser. */
function known(reading: FrequencyReading): FrequencyReading {
  if ('reason' in reading || findBand(reading.id)) return reading;
  return { reason: `${reading.id} is not a band in the registry` };
}

interface Context {
  tech: Tech | null;
  tdd: boolean;
  /** Whole-number values in the line, so `28A` beside `28` reads as a repeat. */
  values: Set<number>;
  /** The line names 1700 or AWS, so a CDMA "2100" is the AWS downlink. */
  aws: boolean;
  /** The line says `Band 12` or `B12` and names no technology: LTE, as spec sheets mean it. */
  lteDefault: boolean;
  /** The technology in force after a word that is not band text. */
  afterWord: Tech | null;
}

function readNumber(token: Extract<BandToken, { kind: 'num' }>, ctx: Context): FrequencyReading {
  const tech = token.forced ?? ctx.tech ?? (ctx.lteDefault ? 'LTE' : null);
  if (!tech) return { reason: 'the line does not name its technology' };
  if (token.suffix !== '') {
    // 28A / 28B are the two duplexer halves of band 28 (703-733 / 758-788 MHz and 718-748 /
    // 773-803 MHz, r-spectrum.com.au "B28 (700 MHz)"): a half alone is not the whole band, so
    // it is read only beside the whole one (data_tidy_2.csv Infinix Hot 20: "20, 28A, 28, 38").
    if (/^[ab]$/i.test(token.suffix) && ctx.values.has(token.value)) return { reason: '' };
    return { reason: `"${token.text}" is part of a band or not a band; only whole bands are read` };
  }
  if (token.value < FIRST_MHZ) return known(byNumber(tech, token.value));
  if (token.marker === 'AWS' && AWS_BAND[tech]) return known({ id: AWS_BAND[tech]! });
  if (token.marker === 'SMR' && tech === 'CDMA' && token.value === 800) return known({ id: 'BC10' });
  if (tech === 'CDMA' && token.value === 2100 && ctx.aws) return known({ id: 'BC15' });
  return known(bandAtFrequency(tech, token.value, ctx.tdd));
}

function readToken(token: BandToken, ctx: Context, out: LineReading): void {
  let reading: FrequencyReading | null = null;
  switch (token.kind) {
    case 'tech':
      ctx.tech = token.tech;
      ctx.tdd = token.tdd;
      if (!out.named.includes(token.tech)) out.named.push(token.tech);
      return;
    case 'present':
      if (ctx.tech && !out.named.includes(ctx.tech)) out.named.push(ctx.tech);
      else if (!ctx.tech) out.unread.push({ text: token.text, reason: 'the line does not name its technology' });
      return;
    case 'note':
      return;
    case 'mode':
      if (ctx.tech !== 'NR') out.unread.push({ text: token.text, reason: '5G mode outside a 5G list' });
      else {
        if (token.mode && !out.modes.includes(token.mode)) out.modes.push(token.mode);
        // "SA/NSA" alone (data_tidy_2.csv, 118 5G rows) still says the device has 5G.
        if (!out.named.includes('NR')) out.named.push('NR');
      }
      return;
    case 'unknown':
      out.unread.push({ text: token.text, reason: token.reason });
      // A word that is not band text ends the list before it: in pasted "LTE 1, 3; Wi-Fi 6" the
      // 6 is Wi-Fi's, not LTE band 6. Inside a field (GSMArena's 4G row) the field's own
      // technology stays in force.
      if (/[a-z]{2}/i.test(token.text)) {
        ctx.tech = ctx.afterWord;
        ctx.lteDefault = false;
      }
      return;
    case 'num':
      reading = readNumber(token, ctx);
      break;
    case 'roman':
      reading = ctx.tech === 'UMTS' ? known({ id: `U${token.value}` }) : { reason: 'not band text' };
      break;
    case 'range':
      reading = ctx.tech ? known(bandAtRange(ctx.tech, token.low, token.high)) : { reason: 'the line does not name its technology' };
      break;
    case 'aws': {
      const id = ctx.tech ? AWS_BAND[ctx.tech] : undefined;
      reading = id ? known({ id }) : { reason: `no AWS band for ${ctx.tech ?? 'an unnamed technology'}` };
      break;
    }
  }
  if ('id' in reading) {
    if (!out.bands.includes(reading.id)) out.bands.push(reading.id);
    const tech = findBand(reading.id)?.tech;
    if (tech && !out.named.includes(tech)) out.named.push(tech);
  } else if (reading.reason !== '') {
    out.unread.push({ text: token.text, reason: reading.reason });
  }
}

/**
 * Reads one line of band text. `tech` is the technology in force before the line (the field's
 * own, or the previous line's); technology names inside the line switch it
 * (`GSM 900 / 1800 / 1900 / CDMA 800`, `LTE 1800 TD-LTE 2300`). `afterWord` is the technology
 * after a word that is not band text: the field's own, or none in pasted text.
 */
export function readBandLine(line: string, tech: Tech | null, afterWord: Tech | null = tech): LineReading {
  const { bands, label } = splitBandLabel(line);
  const tokens = tokenizeBandText(bands);
  const values = new Set<number>();
  let aws = false;
  for (const token of tokens) {
    if (token.kind === 'num' && token.suffix === '') values.add(token.value);
    if ((token.kind === 'num' && (token.value === 1700 || token.marker === 'AWS')) || token.kind === 'aws') aws = true;
  }
  const lteDefault = tech === null && !tokens.some((t) => t.kind === 'tech') && /\b(?:band\s*\d|b\d)/i.test(bands);
  const ctx: Context = { tech, tdd: false, values, aws, lteDefault, afterWord };
  const out: LineReading = { label, bands: [], modes: [], named: [], unread: [], tech };
  for (const token of tokens) readToken(token, ctx, out);
  out.tech = ctx.tech;
  return out;
}
