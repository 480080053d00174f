import { useEffect, useId, useState } from 'preact/hooks';
import { api, type WhereResult } from '../api.js';
import { LEVELS, VerdictBadge } from '../levels.js';
import { DevicePicker, type PickedDevice } from './device-picker.js';
import { ErrorNote } from './error-note.js';
import { WorldMap } from './world-map.js';

/** Where the phone works, country by country: the map, then the same facts as a table. */
export function MapView({ picked, onPick, onOpenCountry }: {
  picked: PickedDevice | undefined;
  onPick: (p: PickedDevice) => void;
  onOpenCountry: (code: string) => void;
}) {
  const id = useId();
  const [where, setWhere] = useState<WhereResult | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    setWhere(undefined);
    setError(undefined);
    if (picked) api.where(picked.device.id).then(setWhere, setError);
  }, [picked]);

  const s = where?.summary;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Where does it work?</h2>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <DevicePicker label="Phone" initial={picked ? `${picked.device.brand} ${picked.device.name}` : ''} onPick={onPick} />
      </form>
      <ErrorNote error={error} />
      {!picked && <p class="hint">Search for a phone to colour the map by how well it works in each country.</p>}
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
      <WorldMap where={where} onOpen={onOpenCountry} />
      {where && (
        <details class="country-table">
          <summary>All {where.countries.length} countries as a table</summary>
          <table>
            <thead><tr><th scope="col">Country</th><th scope="col">Best verdict</th><th scope="col">Best carrier</th><th scope="col">Sold there</th><th scope="col"><span class="sr-only">Open</span></th></tr></thead>
            <tbody>
              {where.countries.map((c) => (
                <tr key={c.country}>
                  <th scope="row">{c.name}</th>
                  <td><VerdictBadge level={c.level} /> <span class="sr-only">{LEVELS[c.level].words}</span></td>
                  <td>{c.carrier ?? '–'}</td>
                  <td>{c.sold ? `yes${c.since ? `, since ${c.since}` : ''}` : 'no'}</td>
                  <td><button type="button" class="link" onClick={() => onOpenCountry(c.country)}>Carriers<span class="sr-only"> in {c.name}</span></button></td>
                </tr>
              ))}
            </tbody>
          </table>
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
