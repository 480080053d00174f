import { geoEqualEarth, geoPath } from 'd3-geo';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import type { CountryRow, Level, WhereResult } from '../api.js';
import { LEVEL_ORDER, LEVELS, NO_DATA } from '../levels.js';
import { describeFit } from './country-details.js';

const WIDTH = 960;
const HEIGHT = 500;

interface Shape {
  /** ISO 3166-1 numeric, as world-atlas ids are; `undefined` where Natural Earth has none. */
  numeric: string | undefined;
  name: string;
  d: string;
  code?: string;
}

let shapesOnce: Promise<Shape[]> | undefined;

/** Natural Earth 1:110m outlines (world-atlas 2), ids are ISO 3166-1 numeric codes; loaded once. */
function loadShapes(): Promise<Shape[]> {
  return (shapesOnce ??= fetch(atlasUrl)
    .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>)
    .then((topo) => {
      const world = feature(topo, topo.objects.countries);
      const path = geoPath(geoEqualEarth().fitSize([WIDTH, HEIGHT], world));
      return world.features.map((f) => ({ numeric: f.id === undefined ? undefined : String(f.id).padStart(3, '0'), name: f.properties.name, d: path(f) ?? '' }));
    })
    .catch((e) => {
      shapesOnce = undefined;
      throw e;
    }));
}

/**
 * The phone's best verdict in every country, as an SVG map. Colour gives the verdict; hatching
 * marks a verdict that rests on a derived (uncurated) record, and a black outline where it is
 * sold, so colour is never the only signal. Hover tells; a click or tap picks the country, whose
 * details show under the map (`onSelect`). The table under the map has the same facts.
 */
export function WorldMap({ where, countries, onSelect }: { where: WhereResult | undefined; countries: CountryRow[]; onSelect: (code: string) => void }) {
  const [outlines, setShapes] = useState<Shape[] | undefined>();
  const [error, setError] = useState('');
  const [info, setInfo] = useState('');
  useEffect(() => {
    loadShapes().then(setShapes, () => setError('The map outline could not be loaded.'));
  }, []);
  // A new phone's map starts with the prompt, never with the last phone's text.
  useEffect(() => setInfo(''), [where]);
  // Alpha-2 codes from the API's own country list (`numeric` beside each code), so the map needs no
  // ISO table of its own. Kosovo has no ISO numeric code, so Natural Earth leaves its id empty; bandfit files it as XK.
  const shapes = useMemo(() => {
    const byNumeric = new Map(countries.flatMap((c) => (c.numeric ? [[c.numeric, c.code] as const] : [])));
    return outlines?.map((s) => ({ ...s, code: s.numeric ? byNumeric.get(s.numeric) : s.name === 'Kosovo' ? 'XK' : undefined }));
  }, [outlines, countries]);
  const byCode = useMemo(() => new Map((where?.countries ?? []).map((c) => [c.country, c])), [where]);
  const describe = (shape: Shape) => {
    const fit = shape.code ? byCode.get(shape.code) : undefined;
    return fit ? describeFit(fit) : `${shape.name}: no carrier data`;
  };

  if (error) return <p role="alert" class="error">{error}</p>;
  if (!shapes) return <p class="loading">Loading the map…</p>;
  return (
    <figure class="map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={where ? `World map of where the ${where.device.brand} ${where.device.name} works; the same facts are in the table below` : 'World map'}>
        <defs>
          <pattern id="derived-hatch" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
            <rect width="2" height="5" fill="#fff" fill-opacity="0.75" />
          </pattern>
        </defs>
        {shapes.map((shape, i) => {
          const fit = shape.code ? byCode.get(shape.code) : undefined;
          const level: Level | undefined = fit?.level;
          const pick = () => {
            setInfo(describe(shape));
            if (fit) onSelect(fit.country);
          };
          return (
            <g key={i} class={fit?.sold ? 'sold' : undefined} onPointerEnter={() => setInfo(describe(shape))} onClick={pick}>
              <path d={shape.d} fill={level ? LEVELS[level].colour : NO_DATA} data-code={shape.code ?? ''} data-level={level ?? 'nodata'} data-origin={fit?.origin ?? ''}>
                <title>{describe(shape)}</title>
              </path>
              {fit?.origin === 'derived' && <path class="hatch" d={shape.d} fill="url(#derived-hatch)" />}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend" aria-label="Legend">
          {LEVEL_ORDER.map((l) => (
            <li key={l}><span class="swatch" style={{ background: LEVELS[l].colour }} /> {LEVELS[l].short}</li>
          ))}
          <li><span class="swatch" style={{ background: NO_DATA }} /> no data</li>
          <li><span class="swatch sold-swatch" /> sold there</li>
          <li><svg class="swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" fill={LEVELS.full.colour} /><rect width="14" height="14" fill="url(#derived-hatch)" /></svg> hatched: rests on derived data (mcc-mnc-list, not curated)</li>
        </ul>
        <p class="map-info" aria-live="polite">{info || 'Hover a country, or click or tap it for its details.'}</p>
      </figcaption>
    </figure>
  );
}
