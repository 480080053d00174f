import type { TechState } from '../types.js';

/**
 * Switch-off facts written in `mcc-mnc-list` notes: "UMTS shut down July 2022, GSM to shut
 * down Apr 2024", "CDMA shut down May 2022", "UMTS 2100 shut down Nov 2019, GSM April 2021".
 * A fact about one band (`UMTS 2100`) is kept apart from one about the whole technology.
 */
export interface SunsetFact {
  tech: 'GSM' | 'UMTS' | 'CDMA';
  /** The band frequency named (`2100`), when the fact is about one band only. */
  mhz?: number;
  /** `off` when done by the reference date, `ending` when announced for later. */
  state: Extract<TechState, 'off' | 'ending'>;
  /** `YYYY` or `YYYY-MM`, when the note gives one. */
  date?: string;
  /** The clause the fact was read from. */
  text: string;
}

const TECH = /\b(GSM|2G|UMTS|3G|CDMA2000|CDMA)\b(?:\s+(\d{3,4})(?:\s*MHz)?)?/i;
const VERB = /\bshut ?down\b|\bshutdown\b|\bdiscontinued\b|\bclosed\b|\bswitched off\b|\bdecommissioned\b/i;
const FUTURE = /\bto (?:be )?shut|\bplanned\b|\bwill\b|\bto shutdown\b|\bbeing\b/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Reads the facts; `asOf` (ISO date) decides whether a dated switch-off is done or coming. */
export function sunsetFacts(notes: string | null | undefined, asOf: string): SunsetFact[] {
  if (!notes) return [];
  const facts: SunsetFact[] = [];
  let inherited: { future: boolean } | undefined;
  for (const clause of notes.split(/[;,]/)) {
    const tech = TECH.exec(clause);
    const verb = VERB.test(clause);
    // The band's own number is no year: "CDMA 1900 shut down in 2014" is dated 2014, not 1900.
    const date = readDate(tech ? clause.replace(tech[0], ' ') : clause);
    if (!tech || (!verb && !(inherited && date))) {
      inherited = verb ? { future: FUTURE.test(clause) } : undefined;
      continue;
    }
    // "GSM April 2021" after "UMTS 2100 shut down Nov 2019" shares the earlier clause's verb.
    const future = verb ? FUTURE.test(clause) : inherited!.future;
    inherited = { future };
    const name = tech[1]!.toUpperCase();
    const kind = name === 'GSM' || name === '2G' ? 'GSM' : name === 'UMTS' || name === '3G' ? 'UMTS' : 'CDMA';
    const done = date ? date <= asOf.slice(0, date.length) : !future;
    facts.push({
      tech: kind,
      ...(tech[2] ? { mhz: Number(tech[2]) } : {}),
      state: done ? 'off' : 'ending',
      ...(date ? { date } : {}),
      text: clause.trim(),
    });
  }
  return facts;
}

function readDate(clause: string): string | undefined {
  const year = /\b(19|20)\d{2}\b/.exec(clause);
  if (!year) return undefined;
  const before = clause.slice(0, year.index).toLowerCase();
  const month = /([a-z]{3})[a-z]*\.?\s*$/.exec(before);
  const index = month ? MONTHS.indexOf(month[1]!) : -1;
  return index >= 0 ? `${year[0]}-${String(index + 1).padStart(2, '0')}` : year[0];
}
