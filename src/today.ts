/** The last day computed, valid until the next midnight (UTC): a server asks on every request. */
let kept: { day: string; from: number; until: number } | undefined;
const DAY_MS = 86_400_000;

/**
 * Today's date (UTC), `YYYY-MM-DD`: the day the adapters (CLI, HTTP) answer for unless the
 * user gives `--as-of` / `asOf`. The only place a verdict's date comes from the clock; the
 * engine and the queries take the date as an argument.
 */
export function today(now: Date | number = Date.now()): string {
  const ms = typeof now === 'number' ? now : now.getTime();
  if (kept && ms >= kept.from && ms < kept.until) return kept.day;
  const from = Math.floor(ms / DAY_MS) * DAY_MS;
  kept = { day: new Date(from).toISOString().slice(0, 10), from, until: from + DAY_MS };
  return kept.day;
}
