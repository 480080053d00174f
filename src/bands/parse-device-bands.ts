import { BandfitError } from '../errors.js';
import { mergeVariants } from './device-text/merge-variants.js';
import { readBandLine, type LineReading } from './device-text/read-band-line.js';
import type { DeviceBandFields, DeviceBandParse, UnreadBandText } from './device-text/types.js';
import type { Tech } from './types.js';

export type {
  DeviceBandFields,
  DeviceBandParse,
  ParsedVariantBands,
  UnreadBandText,
} from './device-text/types.js';

const FIELD_TECH: Readonly<Record<keyof DeviceBandFields, Tech>> = {
  gsm: 'GSM',
  cdma: 'CDMA',
  umts: 'UMTS',
  tdscdma: 'TDSCDMA',
  lte: 'LTE',
  nr: 'NR',
};

/** Lines that describe speeds or data features, not bands (GSMArena's Speed/GPRS/EDGE rows). */
const NOT_BAND_LINE = /^\s*(?:speed|gprs|edge)\b/i;

/**
 * Cuts text into lines. Besides line breaks, `;` and `|` start a new list: GSMArena rows
 * pasted on one line (`GSM 850 / 900 - SIM 1 & SIM 2; LTE 1, 3, 7`), and
 * `HSDPA 850 / 900 - D5803a; 850 / 900 - D5803b`, and a technology name glued to a label
 * starts a new line: gsm_arena_2021_decoded.csv lost GSMArena's line breaks that way
 * (vivo X5: `GSM 900 / 1800 - SIM 1 & SIM 2 - X5vGSM 850 / 900 / 1800 / 1900 - X5L`).
 */
function splitLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n|\s*[;|]\s*|(?<=[a-z0-9])(?=(?:GSM|HSDPA|UMTS|CDMA|LTE) \d)/)
    .filter((line) => line.trim() !== '');
}

function checkText(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'band-text-not-string', parameter: path });
  }
  return value;
}

function collectUnread(lines: readonly LineReading[], field: UnreadBandText['field'], out: UnreadBandText[]): void {
  for (const line of lines) for (const item of line.unread) out.push({ field, ...item });
}

/**
 * Fields as a dataset gives them (one field per technology; numbers-only lines in LTE/NR
 * fields are LTE/NR bands). Bands from a field without variant labels apply to every variant.
 * @example
 * parseDeviceBandFields({ gsm: 'GSM 850 / 900 / 1800 / 1900 - SIM 1 & SIM 2', lte: '1, 3, 7, 20' });
 * // { variants: [{ label: null, bands: ['GSM850', 'GSM900', 'GSM1800', 'GSM1900', 'B1', 'B3', 'B7', 'B20'] }], unread: [] }
 */
export function parseDeviceBandFields(fields: DeviceBandFields): DeviceBandParse {
  if (typeof fields !== 'object' || fields === null) {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'band-fields-not-object' });
  }
  const groups: LineReading[][] = [];
  const unread: UnreadBandText[] = [];
  for (const field of Object.keys(FIELD_TECH) as (keyof DeviceBandFields)[]) {
    const text = checkText(fields[field], field);
    if (text === undefined) continue;
    const lines = splitLines(text).map((line) =>
      NOT_BAND_LINE.test(line) ? notBandLine(line) : readBandLine(line, FIELD_TECH[field]),
    );
    collectUnread(lines, field, unread);
    groups.push(lines);
  }
  return { variants: mergeVariants(groups), unread };
}

function notBandLine(line: string): LineReading {
  const unread = [{ text: line.trim(), reason: 'not a band line (speeds or data features)' }];
  return { label: null, bands: [], modes: [], named: [], unread, tech: null };
}

/**
 * Free pasted text, each line naming its technology (`GSM 850 / 900`, `HSDPA 850 / 2100`,
 * `LTE band 1(2100), 3(1800)`, `5G: 1, 3, 78 SA/NSA`, `2G bands: …`). A line that names no
 * technology continues the one before it. Throws `E_BAD_BAND_TEXT` only when nothing at all
 * can be read; otherwise unread parts are reported.
 * @example
 * parseDeviceBandText('HSDPA 850 / 2100\nLTE band 1(2100), 3(1800)');
 * // { variants: [{ label: null, bands: ['U1', 'U5', 'B1', 'B3'] }], unread: [] }
 */
export function parseDeviceBandText(text: string): DeviceBandParse {
  const source = checkText(text, 'text') ?? '';
  const byTech = new Map<string, LineReading[]>();
  const unread: UnreadBandText[] = [];
  let tech: Tech | null = null;
  for (const line of splitLines(source)) {
    const reading: LineReading = NOT_BAND_LINE.test(line) ? notBandLine(line) : readBandLine(line, tech, null);
    // A line is grouped under the technology it starts with, so 4G lines for International
    // and USA form one label axis even when they are not adjacent.
    const key = reading.named[0] ?? tech ?? 'none';
    byTech.set(key, [...(byTech.get(key) ?? []), reading]);
    if (reading.tech) tech = reading.tech;
    collectUnread([reading], 'text', unread);
  }
  const variants = mergeVariants([...byTech.values()]);
  if (variants.length === 0) {
    throw new BandfitError({ code: 'E_BAD_BAND_TEXT', kind: 'no-band-read' }, {
      unread: unread.map((item) => `${item.text}: ${item.reason}`),
    });
  }
  return { variants, unread };
}
