/**
 * Today's date (UTC), `YYYY-MM-DD`: the day the adapters (CLI, HTTP) answer for unless the
 * user gives `--as-of` / `asOf`. The only place a verdict's date comes from the clock; the
 * engine and the queries take the date as an argument.
 */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
