import { useEffect, useId, useState } from 'preact/hooks';
import { api, type TripReport } from '../api.js';
import type { ScreenProps } from '../app.js';
import { AddCountry } from './add-country.js';
import { DevicePicker } from './device-picker.js';
import { ErrorNote } from './error-note.js';
import { TripPhoneChip } from './trip-phone-chip.js';
import { TripTable } from './trip-table.js';

/** The API's limits (src/server/schemas.ts). */
const MAX_DEVICES = 10;
const MAX_COUNTRIES = 30;

/**
 * Several phones across several countries: each phone's best carrier at every stop.
 * `#/trip?device=xiaomi-mi-6&device=xiaomi-mi-a2-cn&countries=US,DE,JP`: a phone named by a
 * variant id is judged as that variant, otherwise as its best variant for the trip.
 */
export function TripView({ params, go, countries }: ScreenProps) {
  const id = useId();
  const phones = params.getAll('device');
  const stops = (params.get('countries') ?? '').split(',').filter(Boolean);
  const [report, setReport] = useState<TripReport | undefined>();
  const [error, setError] = useState<unknown>();
  const name = (cc: string) => countries.find((c) => c.code === cc)?.name ?? cc;
  const key = `${phones.join('|')}@${stops.join(',')}`;

  useEffect(() => {
    setError(undefined);
    if (!phones.length || !stops.length) return setReport(undefined);
    let live = true;
    api.trip(phones, stops).then((r) => live && setReport(r), (e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [key]);

  const setPhones = (list: string[]) => go({ device: list });
  const setStops = (list: string[]) => go({ countries: list.length ? list.join(',') : undefined });
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Trip planner</h2>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <DevicePicker clearOnPick label={`Add a phone (up to ${MAX_DEVICES})`} onPick={(p) => !phones.includes(p.device.id) && phones.length < MAX_DEVICES && setPhones([...phones, p.variant && p.device.variants.length > 1 ? p.variant : p.device.id])} />
        <AddCountry label={`Add a country (up to ${MAX_COUNTRIES})`} countries={countries} onAdd={(cc) => !stops.includes(cc) && stops.length < MAX_COUNTRIES && setStops([...stops, cc])} />
      </form>
      <ul class="chips trip-phones" aria-label="Phones on this trip">
        {phones.map((q, i) => (
          <TripPhoneChip
            key={`${i}-${q}`}
            query={q}
            onChange={(next) => setPhones(phones.map((x, j) => (j === i ? next : x)))}
            onRemove={() => setPhones(phones.filter((_, j) => j !== i))}
          />
        ))}
      </ul>
      <ul class="chips" aria-label="Countries on this trip">
        {stops.map((cc) => (
          <li key={cc}>{name(cc)} <button type="button" aria-label={`Remove ${name(cc)}`} onClick={() => setStops(stops.filter((x) => x !== cc))}>×</button></li>
        ))}
      </ul>
      <ErrorNote error={error} />
      {(!phones.length || !stops.length) && <p class="hint">Add at least one phone and one country.</p>}
      {report && <TripTable report={report} countryName={name} />}
    </section>
  );
}
