import type { CarrierKey } from './carrier-key.js';
import type { NoteBands } from './note-bands.js';
import { AMERICAS, US_PLAN } from './regions.js';

/** What a band rule knows about the row: the country, the network, and bands its notes name. */
export interface RuleContext {
  country: string;
  key?: CarrierKey;
  notes: NoteBands;
}

/** A rule's answer: band ids and the rule's name, or why the token stays unread. */
export type Decision = { bands: string[]; rule: string } | { reason: string };

/** One frequency name: the bands it may mean (for notes to pick from) and the regional rule. */
export interface FrequencyRule {
  candidates: string[];
  decide: (ctx: RuleContext) => Decision;
}

export const inUsPlan = (ctx: RuleContext): boolean => US_PLAN.has(ctx.country);
export const inAmericas = (ctx: RuleContext): boolean => AMERICAS.has(ctx.country);

export const bands = (rule: string, ...ids: string[]): Decision => ({ bands: ids, rule });
export const unread = (reason: string): Decision => ({ reason });

/**
 * Bands the notes name that this frequency can mean: `LTE bands 17 / 2` on a row with `LTE 700`
 * and `LTE 1900` gives B17 for the first and B2 for the second.
 */
export function fromNotes(candidates: string[], named: number[], prefix: 'B' | 'n'): string[] {
  const ids = new Set(named.map((number) => `${prefix}${number}`));
  return candidates.filter((id) => ids.has(id));
}
