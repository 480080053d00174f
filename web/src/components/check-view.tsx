import { useEffect, useId, useState } from 'preact/hooks';
import { api, type Carrier, type CheckReport, type CountryRow } from '../api.js';
import { pasteBandsCommand } from '../../../src/service/paste-bands.js';
import { LEVELS } from '../levels.js';
import { CountryPicker } from './country-picker.js';
import { DevicePicker, type PickedDevice } from './device-picker.js';
import { ErrorNote } from './error-note.js';
import { VerdictCard } from './verdict-card.js';

export interface Selection {
  picked?: PickedDevice;
  country: string;
}

/** Phone, variant, country and (optionally) carrier in; one verdict card per carrier out. */
export function CheckView({ countries, selection, onSelect }: {
  countries: CountryRow[];
  selection: Selection;
  onSelect: (s: Selection) => void;
}) {
  const ids = useId();
  const { picked, country } = selection;
  const [variant, setVariant] = useState(picked?.variant ?? '');
  const [carrier, setCarrier] = useState('');
  const [carriers, setCarriers] = useState<Carrier[]>([]);
  const [report, setReport] = useState<CheckReport | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  useEffect(() => setVariant(picked?.variant ?? ''), [picked]);
  useEffect(() => {
    setCarrier('');
    setCarriers([]);
    if (country) api.carriers(country).then((r) => setCarriers(r.carriers), setError);
  }, [country]);
  useEffect(() => {
    if (!picked || !country) return setReport(undefined);
    setBusy(true);
    setError(undefined);
    api
      .check({ device: picked.device.id, country, ...(variant ? { variant } : {}), ...(carrier ? { carrier } : {}) })
      .then(setReport, (e) => {
        setReport(undefined);
        setError(e);
      })
      .finally(() => setBusy(false));
  }, [picked, country, variant, carrier]);

  const variants = picked?.device.variants ?? [];
  return (
    <section aria-labelledby={`${ids}-h`}>
      <h2 id={`${ids}-h`}>Will it work there?</h2>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <DevicePicker label="Phone" initial={picked ? `${picked.device.brand} ${picked.device.name}` : ''} onPick={(p) => onSelect({ ...selection, picked: p })} />
        {variants.length > 1 && (
          <div class="field">
            <label for={`${ids}-v`}>Variant</label>
            <select id={`${ids}-v`} value={variant} onChange={(e) => setVariant((e.target as HTMLSelectElement).value)}>
              <option value="">The one sold in that country (else the first)</option>
              {variants.map((v) => <option key={v.id} value={v.id}>{v.label}{v.models.length ? ` (${v.models.join(', ')})` : ''}</option>)}
            </select>
          </div>
        )}
        <CountryPicker label="Country" countries={countries} value={country} onChange={(c) => onSelect({ ...selection, country: c })} />
        <div class="field">
          <label for={`${ids}-c`}>Carrier</label>
          <select id={`${ids}-c`} value={carrier} disabled={!carriers.length} onChange={(e) => setCarrier((e.target as HTMLSelectElement).value)}>
            <option value="">All main networks</option>
            {carriers.map((c) => <option key={c.id} value={c.id}>{c.name}{c.kind === 'mvno' ? ' (MVNO)' : ''}</option>)}
          </select>
        </div>
      </form>
      <ErrorNote error={error} />
      {!picked && <p class="hint">Start by searching for your phone, by name or model number.</p>}
      {picked && !country && <p class="hint">Now choose the country you will use it in.</p>}
      {busy && <p class="loading" aria-live="polite">Checking…</p>}
      {report && !busy && <Results report={report} />}
    </section>
  );
}

function Results({ report }: { report: CheckReport }) {
  if (!report.results.length) return <p class="empty">bandfit knows no carrier in {report.countryName} yet.</p>;
  const v = report.device?.variant;
  if (report.device && !report.bands.length) {
    return (
      <p class="empty" aria-live="polite">
        No band list for the {report.device.brand} {report.device.name} ({v?.label}) is in bandfit's sources, so whether it works on{' '}
        {report.results.map((r) => r.carrier.name).join(', ')} cannot be said. Have its spec sheet? The API and the command line check its
        network lines as pasted: <code>{pasteBandsCommand(report.country)}</code>
      </p>
    );
  }
  return (
    <div aria-live="polite">
      <p class="summary">
        {report.device ? `${report.device.brand} ${report.device.name}` : 'Pasted bands'}
        {v ? ` (${v.label}${v.models.length ? `, ${v.models.join('/')}` : ''})` : ''} in {report.countryName}:{' '}
        {report.results.map((r) => `${r.carrier.name} ${LEVELS[r.level].short}`).join(', ')}
      </p>
      <div class="cards">{report.results.map((r) => <VerdictCard key={r.carrier.id} result={r} />)}</div>
    </div>
  );
}
