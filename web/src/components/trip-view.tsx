import { useEffect, useId, useState } from 'preact/hooks';
import { api, type CountryRow, type TripReport } from '../api.js';
import { LEVELS, VerdictBadge } from '../levels.js';
import { CountryPicker } from './country-picker.js';
import { DevicePicker, type PickedDevice } from './device-picker.js';
import { ErrorNote } from './error-note.js';

/** The API's limits (src/server/schemas.ts). */
const MAX_DEVICES = 10;
const MAX_COUNTRIES = 30;

/** Several phones across several countries: each phone's best carrier at every stop. */
export function TripView({ countries }: { countries: CountryRow[] }) {
  const id = useId();
  const [phones, setPhones] = useState<PickedDevice[]>([]);
  const [stops, setStops] = useState<string[]>([]);
  const [report, setReport] = useState<TripReport | undefined>();
  const [error, setError] = useState<unknown>();
  const name = (cc: string) => countries.find((c) => c.code === cc)?.name ?? cc;

  useEffect(() => {
    setError(undefined);
    if (!phones.length || !stops.length) return setReport(undefined);
    api.trip(phones.map((p) => p.device.id), stops).then(setReport, setError);
  }, [phones, stops]);

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Trip planner</h2>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <DevicePicker clearOnPick label={`Add a phone (up to ${MAX_DEVICES})`} onPick={(p) => !phones.some((x) => x.device.id === p.device.id) && phones.length < MAX_DEVICES && setPhones([...phones, p])} />
        <CountryPicker label={`Add a country (up to ${MAX_COUNTRIES})`} countries={countries} value="" optional="Add a country…" onChange={(cc) => cc && !stops.includes(cc) && stops.length < MAX_COUNTRIES && setStops([...stops, cc])} />
      </form>
      <ul class="chips" aria-label="Phones on this trip">
        {phones.map((p) => (
          <li key={p.device.id}>{p.device.brand} {p.device.name} <button type="button" aria-label={`Remove ${p.device.name}`} onClick={() => setPhones(phones.filter((x) => x !== p))}>×</button></li>
        ))}
      </ul>
      <ul class="chips" aria-label="Countries on this trip">
        {stops.map((cc) => (
          <li key={cc}>{name(cc)} <button type="button" aria-label={`Remove ${name(cc)}`} onClick={() => setStops(stops.filter((x) => x !== cc))}>×</button></li>
        ))}
      </ul>
      <ErrorNote error={error} />
      {(!phones.length || !stops.length) && <p class="hint">Add at least one phone and one country.</p>}
      {report && (
        <div class="scroll" aria-live="polite">
          <table class="trip">
            <caption>{report.best ? `Best for this trip: ${report.phones.find((p) => p.deviceId === report.best)?.name}` : 'No phone works in every country of this trip.'}</caption>
            <thead><tr><th scope="col">Phone</th>{report.countries.map((cc) => <th scope="col" key={cc}>{name(cc)}</th>)}<th scope="col">Whole trip</th></tr></thead>
            <tbody>
              {report.phones.map((p) => (
                <tr key={p.deviceId}>
                  <th scope="row">{p.name}<small> {p.variantLabel}</small></th>
                  {p.stops.map((s) => <td key={s.country}><VerdictBadge level={s.level} /><small> {s.carrier ?? 'no carrier known'}</small></td>)}
                  <td><VerdictBadge level={p.worst} /><span class="sr-only"> {LEVELS[p.worst].words}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
