/**
 * GSMArena-style band lines end in a suffix after a dash that names the variant the line is
 * for (`1, 3, 5, 8, 40, 41 - International`, `… - A3090`) or says which SIM slot it applies to
 * (`GSM 850 / 900 / 1800 / 1900 - SIM 1 & SIM 2`, data_tidy_2.csv nearly every 2G row). SIM
 * and availability notes say nothing about the variant, so they are read and dropped from the
 * label; what is left is the label.
 */
export interface LabelSplit {
  /** The band part, before the first label dash. */
  bands: string;
  /** The variant label, or `null` when the suffix only held notes. */
  label: string | null;
}

/** `SIM 1 & SIM 2`, `SIM1 & SIM 2 & SIM 3`, `SIM 1 only`, `SIM 1 or SIM 2`. */
const SIM_NOTE = /\bSIM\s*\d+(?:\s*(?:&|and|or|,|\/)\s*SIM\s*\d+)*(?:\s+only)?/gi;
/** `(dual-SIM model only)`, `(optional)`, `(market dependent)` and their spellings. */
const PAREN_NOTE = /\(\s*(?:dual[- ]?sim[^)]*|optional|market[- ]dependa?e?nt|region[- ]dependent)\s*\)/gi;
/** A whole suffix segment that applies to every variant. */
const WHOLE_NOTE =
  /^(?:all versions|all models|all markets|optional|market[- ]dependa?e?nt|region[- ]dependent|(?:single|dual)[- ]?sim(?: models?)?(?: only)?|n\/a)$/i;

/**
 * Where the label starts: a dash with a space on at least one side (`- USA`, `-  AM6EL133`,
 * `850 -International`). Dashes inside words and ranges carry no space (`TD-SCDMA`, `LTE-A`,
 * `1880-1920`), and a spaced dash after a number is a label (`1900 - 6040`, alcatel Idol X).
 */
function labelDash(text: string): number {
  const m = /\s[-–—]|[-–—]\s/.exec(text);
  if (!m) return -1;
  return /\s/.test(m[0][0]!) ? m.index + 1 : m.index;
}

/**
 * Region names written after the list without a dash (data_tidy_2.csv Moto G9 Plus
 * `… 28, 66 Brazil`, Motorola One Fusion+ `HSDPA … / 2100 International`).
 */
const TRAILING_REGION =
  /\s((?:international|global|worldwide|europe|eu|emea|usa|us|north america|latam|brazil|china|india|japan|korea|taiwan|asia|apac|row)(?:\s*[,/&]\s*(?:international|global|worldwide|europe|eu|emea|usa|us|north america|latam|brazil|china|india|japan|korea|taiwan|asia|apac|row))*)\s*$/i;

function cleanSegment(segment: string): string | null {
  const text = segment.replace(SIM_NOTE, ' ').replace(PAREN_NOTE, ' ').replace(/\s+/g, ' ').trim();
  const bare = text.replace(/^[\s,;:&/]+|[\s,;:&/]+$/g, '');
  if (bare === '' || WHOLE_NOTE.test(bare)) return null;
  return bare;
}

/** Splits `bands - label - label` into the band part and a cleaned label. */
export function splitBandLabel(line: string): LabelSplit {
  const at = labelDash(line);
  if (at < 0) {
    const region = TRAILING_REGION.exec(line);
    if (!region) return { bands: line, label: null };
    return { bands: line.slice(0, region.index), label: region[1]! };
  }
  const segments = line
    .slice(at + 1)
    .split(/\s[-–—]\s|\s[-–—](?=\S)|(?<=\S)[-–—]\s/)
    .map(cleanSegment)
    .filter((segment): segment is string => segment !== null);
  return { bands: line.slice(0, at), label: segments.length > 0 ? segments.join(' - ') : null };
}
