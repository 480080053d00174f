import { useEffect, useId, useState } from 'preact/hooks';
import { api, type WhereResult } from '../api.js';
import type { ScreenProps } from '../app.js';
import { LEVELS, VerdictBadge } from '../levels.js';
import { routeHash, withChanges } from '../route.js';
import { deviceName, useDevice } from '../use-device.js';
import { CountryDetails } from './country-details.js';
import { DevicePicker } from './device-picker.js';
import { ErrorNote } from './error-note.js';
import type { WorldMap as WorldMapT } from './world-map.js';

/** The map's code (d3-geo, topojson) loads with the map, not with the first screen. */
let mapModule: Promise<{ WorldMap: typeof WorldMapT }> | undefined;

/** Where the phone works, country by country: the map, then the same facts as a table. `#/map?device=…` */
export function MapView({ params, go, countries }: ScreenProps) {
  const id = useId();
  const device = params.get('device');
  const hit = useDevice(device);
  const [where, setWhere] = useState<WhereResult | undefined>();
  const [error, setError] = useState<unknown>();
  const [selected, setSelected] = useState('');
  const [mapCode, setMapCode] = useState<{ WorldMap: typeof WorldMapT } | undefined>();
  useEffect(() => {
    (mapModule ??= import('./world-map.js')).then(setMapCode, () => setError(new Error('The map could not be loaded.')));
  }, []);
  useEffect(() => {
    setWhere(undefined);
    setError(undefined);
    setSelected('');
    if (!device) return;
    let live = true;
    api.where(device).then((w) => live && setWhere(w), (e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [device]);
  const select = (code: string) => {
    setSelected(code);
    setTimeout(() => document.getElementById('country-details-h')?.focus({ preventScroll: false }), 0);
  };

  const s = where?.summary;
  const fit = where?.countries.find((c) => c.country === selected);
  const checkHref = (cc: string) => routeHash('check', withChanges(new URLSearchParams(), { device: where?.device.id, country: cc }));
  const name = deviceName(hit) || (where ? `${where.device.brand} ${where.device.name}` : '');
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Where does it work?</h2>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <DevicePicker label="Phone" initial={name} onPick={(p) => go({ device: p.device.id })} />
      </form>
      <ErrorNote error={error} />
      {!device && <p class="hint">Search for a phone to colour the map by how well it works in each country.</p>}
      {where && s && !where.device.variants.some((v) => v.bandsKnown) && (
        <p class="summary">
          {where.device.brand} {where.device.name}: its band list is not in bandfit's sources, so the map shows no verdict. {soldIn(where.launchMarkets)}
        </p>
      )}
      {where && s && where.device.variants.some((v) => v.bandsKnown) && (
        <p class="summary">
          {where.device.brand} {where.device.name}: works fully in {s.full} countries, partly in {s.partial}, limited in {s.limited},
          not at all in {s.none}{s.unknown ? `, unknown in ${s.unknown}` : ''}. {soldIn(where.launchMarkets)}
        </p>
      )}
      {mapCode ? <mapCode.WorldMap where={where} countries={countries} onSelect={select} /> : <p class="loading">Loading the map…</p>}
      {fit && <CountryDetails fit={fit} checkHref={checkHref(fit.country)} onClose={() => setSelected('')} />}
      {where && (
        <details class="country-table">
          <summary>All {where.countries.length} countries as a table</summary>
          <div class="scroll">
            <table class="stack">
              <thead><tr><th scope="col">Country</th><th scope="col">Best verdict</th><th scope="col">Best carrier</th><th scope="col">Data</th><th scope="col">Sold there</th><th scope="col"><span class="sr-only">Details</span></th></tr></thead>
              <tbody>
                {where.countries.map((c) => (
                  <tr key={c.country}>
                    <th scope="row">{c.name}</th>
                    <td data-label="Verdict"><VerdictBadge level={c.level} /> <span class="sr-only">{LEVELS[c.level].words}</span></td>
                    <td data-label="Best carrier">{c.carrier ?? '–'}</td>
                    <td data-label="Data">{c.origin ?? '–'}</td>
                    <td data-label="Sold">{c.sold ? `yes${c.since ? `, since ${c.since}` : ''}` : 'no'}</td>
                    <td><button type="button" class="link" onClick={() => select(c.country)}>Details<span class="sr-only"> of {c.name}</span></button></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </section>
  );
}

/** Names of the markets where it is sold officially: the first few, then a count (the map marks them all). */
function soldIn(markets: { name: string; date?: string }[]): string {
  if (!markets.length) return 'Where it is sold officially is not known.';
  const earliest = markets.map((m) => m.date).filter((d): d is string => !!d).sort()[0];
  const shown = markets.slice(0, 8).map((m) => m.name).join(', ');
  const more = markets.length > 8 ? ` and ${markets.length - 8} more` : '';
  return `Sold officially in ${shown}${more}${earliest ? `, from ${earliest}` : ''}.`;
}
