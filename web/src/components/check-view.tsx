import { useEffect, useId, useState } from 'preact/hooks';
import { api, type Carrier, type CheckReport } from '../api.js';
import type { ScreenProps } from '../app.js';
import { deviceName, useDevice } from '../use-device.js';
import { BandsField } from './bands-field.js';
import { CheckResults } from './check-results.js';
import { CountryPicker } from './country-picker.js';
import { DevicePicker } from './device-picker.js';
import { ErrorNote } from './error-note.js';

/**
 * Phone (by name, or its bands pasted), variant, country and optionally one carrier in; one
 * verdict card per carrier out. Every input lives in the link: `#/check?device=…&country=…`.
 */
export function CheckView({ params, go, countries }: ScreenProps) {
  const ids = useId();
  const device = params.get('device');
  const bands = params.get('bands');
  const variant = params.get('variant') ?? '';
  const country = params.get('country') ?? '';
  const carrier = params.get('carrier') ?? '';
  const hit = useDevice(device);
  const [carriers, setCarriers] = useState<Carrier[]>([]);
  const [report, setReport] = useState<CheckReport | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setCarriers([]);
    if (country) api.carriers(country).then((r) => setCarriers(r.carriers), setError);
  }, [country]);
  useEffect(() => {
    setReport(undefined);
    if ((!device && !bands) || !country) return;
    let live = true;
    setBusy(true);
    setError(undefined);
    const phone = bands ? { bands } : { device: device!, ...(variant ? { variant } : {}) };
    api
      .check({ ...phone, country, ...(carrier ? { carrier } : {}) })
      .then((r) => live && setReport(r), (e) => live && setError(e))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [device, bands, country, variant, carrier]);

  const variants = hit?.variants ?? [];
  const shownName = deviceName(hit) || (report?.device ? `${report.device.brand} ${report.device.name}` : '');
  return (
    <section aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Will it work there?</h2>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <DevicePicker label="Phone" initial={bands ? '' : shownName} onPick={(p) => go({ device: p.device.id, variant: p.variant, bands: undefined, imei: undefined })} />
        {!bands && variants.length > 1 && (
          <div class="field">
            <label for={`${ids}-v`}>Variant</label>
            <select id={`${ids}-v`} value={variant} onChange={(e) => go({ variant: (e.target as HTMLSelectElement).value })}>
              <option value="">The one sold in that country (else the first)</option>
              {variants.map((v) => <option key={v.id} value={v.id}>{v.label}{v.models.length ? ` (${v.models.join(', ')})` : ''}</option>)}
            </select>
          </div>
        )}
        <CountryPicker label="Country" countries={countries} value={country} onChange={(c) => go({ country: c, carrier: undefined })} />
        <div class="field">
          <label for={`${ids}-c`}>Carrier</label>
          <select id={`${ids}-c`} value={carrier} disabled={!carriers.length} onChange={(e) => go({ carrier: (e.target as HTMLSelectElement).value })}>
            <option value="">All main networks</option>
            {carriers.map((c) => <option key={c.id} value={c.id}>{c.name}{c.kind === 'mvno' ? ' (MVNO)' : ''}</option>)}
          </select>
        </div>
      </form>
      <BandsField value={bands ?? ''} onSubmit={(text) => go({ bands: text, device: undefined, variant: undefined, imei: undefined })} />
      <ErrorNote error={error} />
      {!device && !bands && <p class="hint">Start by searching for your phone, by name or model number, or paste its bands.</p>}
      {(device || bands) && !country && <p class="hint">Now choose the country you will use it in.</p>}
      {busy && <p class="loading" aria-live="polite">Checking…</p>}
      {report && !busy && <CheckResults report={report} />}
    </section>
  );
}
