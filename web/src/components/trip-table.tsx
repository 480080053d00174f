import type { TripReport } from '../api.js';
import { download, toCsv } from '../export/csv.js';
import { copyLink, ShareBar } from '../export/share-bar.js';
import { LEVELS, VerdictBadge } from '../levels.js';

/** The comparison as CSV: one row per phone, a verdict and a carrier column per country. */
export function tripCsv(report: TripReport, countryName: (cc: string) => string): string {
  return toCsv([
    ['phone', 'variant', ...report.countries.flatMap((cc) => [`${countryName(cc)} verdict`, `${countryName(cc)} carrier`]), 'whole trip', 'mean score'],
    ...report.phones.map((p) => [p.name, p.variantLabel, ...p.stops.flatMap((s) => [s.level, s.carrier ?? '']), p.worst, p.meanScore]),
  ]);
}

/** Phones (rows) by countries (columns); under 600 px each phone stacks into a card. */
export function TripTable({ report, countryName }: { report: TripReport; countryName: (cc: string) => string }) {
  const best = report.phones.find((p) => p.deviceId === report.best);
  return (
    <div aria-live="polite">
      <ShareBar actions={[copyLink, { label: 'Download CSV', done: 'CSV saved', run: () => download(`bandfit-trip-${report.countries.join('-')}.csv`, tripCsv(report, countryName)) }, { label: 'Print', done: '', run: () => print() }]} />
      <table class="trip stack">
        <caption>{best ? `Best for this trip: ${best.name} (${best.variantLabel})` : 'No phone works in every country of this trip.'}</caption>
        <thead><tr><th scope="col">Phone</th>{report.countries.map((cc) => <th scope="col" key={cc}>{countryName(cc)}</th>)}<th scope="col">Whole trip</th></tr></thead>
        <tbody>
          {report.phones.map((p) => (
            <tr key={p.deviceId}>
              <th scope="row">{p.name}<small> {p.variantLabel}</small></th>
              {p.stops.map((s) => <td key={s.country} data-label={countryName(s.country)}><VerdictBadge level={s.level} /><small> {s.carrier ?? 'no carrier known'}</small></td>)}
              <td data-label="Whole trip"><VerdictBadge level={p.worst} /><span class="sr-only"> {LEVELS[p.worst].words}</span></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
