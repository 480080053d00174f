import { useEffect, useId, useState } from 'preact/hooks';
import { api, type Carrier, type CheckReport } from '../api.js';
import type { ScreenProps } from '../app.js';
import { deviceName, useDevice } from '../use-device.js';
import { CheckResults } from './check-results.js';
import { CountryPicker } from './country-picker.js';
import { DevicePicker } from './device-picker.js';
import { ErrorNote } from './error-note.js';
import { TeachForm } from './teach-form.js';
import { TextEntry } from './text-entry.js';
import { PASTE_BANDS_EXAMPLE } from '../../../src/messages/paste-bands.js';

/**
 * Phone (by name, or its bands pasted), variant, country and optionally one carrier in; one
 * verdict card per carrier out. Every input lives in the link: `#/check?device=…&country=…`.
 */
export function CheckView({ params, go, countries }: ScreenProps) {
  const ids = useId();
  const device = params.get('device');
  const bands = params.get('bands');
  const imei = params.get('imei');
  const variant = params.get('variant') ?? '';
  const country = params.get('country') ?? '';
  const carrier = params.get('carrier') ?? '';
  const [carriers, setCarriers] = useState<Carrier[]>([]);
  const [report, setReport] = useState<CheckReport | undefined>();
  const hit = useDevice(device ?? (imei ? report?.device?.id ?? null : null));
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setCarriers([]);
    if (!country) return;
    // A slower answer for the country asked before must not fill this country's list.
    let live = true;
    api.carriers(country).then((r) => live && setCarriers(r.carriers), (e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [country]);
  useEffect(() => {
    setReport(undefined);
    if ((!device && !bands && !imei) || !country) return;
    let live = true;
    setBusy(true);
    setError(undefined);
    const phone = bands ? { bands } : { ...(imei ? { imei } : { device: device! }), ...(variant ? { variant } : {}) };
    api
      .check({ ...phone, country, ...(carrier ? { carrier } : {}) })
      .then((r) => live && setReport(r), (e) => live && setError(e))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
  }, [device, bands, imei, country, variant, carrier]);

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
        <CountryPicker label="Country" countries={countries} value={country} onChange={(c, replace) => go({ country: c, carrier: undefined }, replace)} />
        <div class="field">
          <label for={`${ids}-c`}>Carrier</label>
          <select id={`${ids}-c`} value={carrier} disabled={!carriers.length} onChange={(e) => go({ carrier: (e.target as HTMLSelectElement).value })}>
            <option value="">All main networks</option>
            {carriers.map((c) => <option key={c.id} value={c.id}>{c.name}{c.kind === 'mvno' ? ' (MVNO)' : ''}</option>)}
          </select>
        </div>
      </form>
      <div class="entries">
        <TextEntry
          label="Bands" button="Check these bands" multiline value={bands ?? ''} placeholder={PASTE_BANDS_EXAMPLE}
          hint="Phone not in the list? Paste the network lines of its spec sheet (2G, 3G, 4G, 5G bands), then check them (Ctrl+Enter)."
          onSubmit={(text) => go({ bands: text, device: undefined, variant: undefined, imei: undefined })}
        />
        <TextEntry
          label="IMEI" button="Find by IMEI" value={imei ?? ''} inputMode="numeric" placeholder="15 digits, or the first 8 (TAC)"
          hint="Dial *#06# on the phone to see its IMEI; the first 8 digits name the model."
          onSubmit={(text) => go({ imei: text, device: undefined, variant: undefined, bands: undefined })}
        />
      </div>
      <ErrorNote error={error} />
      {!device && !bands && !imei && <p class="hint">Start by searching for your phone by name or model number, give its IMEI, or paste its bands.</p>}
      {(device || bands || imei) && !country && <p class="hint">Now choose the country you will use it in.</p>}
      {busy && <p class="loading" aria-live="polite">Checking…</p>}
      {report && !busy && <CheckResults report={report} />}
      {bands && report && !busy && report.bands.length > 0 && (
        <TeachForm bands={bands} onSaved={(id) => go({ device: id, bands: undefined, imei: undefined, variant: undefined })} />
      )}
    </section>
  );
}
