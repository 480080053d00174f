import { geoEqualEarth, geoPath } from 'd3-geo';
import countriesLib from 'i18n-iso-countries';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';
import type { Level, WhereResult } from '../api.js';
import { LEVEL_ORDER, LEVELS, NO_DATA } from '../levels.js';

const WIDTH = 960;
const HEIGHT = 500;

interface Shape {
  code: string | undefined;
  name: string;
  d: string;
}

/** Natural Earth 1:110m outlines (world-atlas 2), ids are ISO 3166-1 numeric codes. */
async function loadShapes(): Promise<Shape[]> {
  const topo = (await (await fetch(atlasUrl)).json()) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const world = feature(topo, topo.objects.countries);
  const path = geoPath(geoEqualEarth().fitSize([WIDTH, HEIGHT], world));
  return world.features.map((f) => ({
    // Kosovo has no ISO numeric code, so Natural Earth leaves its id empty; bandfit files it as XK.
    code: f.id !== undefined ? countriesLib.numericToAlpha2(String(f.id)) : f.properties.name === 'Kosovo' ? 'XK' : undefined,
    name: f.properties.name,
    d: path(f) ?? '',
  }));
}

/**
 * The phone's best verdict in every country, as an SVG map. Hover or tap says the verdict and
 * whether the phone is sold there; a click opens the country's carriers. The same facts are in
 * the table under the map, for keyboards and screen readers.
 */
export function WorldMap({ where, onOpen }: { where: WhereResult | undefined; onOpen: (code: string) => void }) {
  const [shapes, setShapes] = useState<Shape[] | undefined>();
  const [error, setError] = useState('');
  const [info, setInfo] = useState('');
  useEffect(() => {
    loadShapes().then(setShapes, () => setError('The map outline could not be loaded.'));
  }, []);
  const byCode = useMemo(() => new Map((where?.countries ?? []).map((c) => [c.country, c])), [where]);

  const describe = (shape: Shape) => {
    const fit = shape.code ? byCode.get(shape.code) : undefined;
    if (!fit) return `${shape.name}: no carrier data`;
    return `${fit.name}: ${LEVELS[fit.level].words}${fit.carrier ? ` (best on ${fit.carrier})` : ''}; ${fit.sold ? `sold there${fit.since ? ` since ${fit.since}` : ''}` : 'not sold there officially'}`;
  };

  if (error) return <p role="alert" class="error">{error}</p>;
  if (!shapes) return <p class="loading">Loading the map…</p>;
  return (
    <figure class="map">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={where ? `World map of where the ${where.device.brand} ${where.device.name} works` : 'World map'}>
        {shapes.map((shape, i) => {
          const fit = shape.code ? byCode.get(shape.code) : undefined;
          const level: Level | undefined = fit?.level;
          return (
            <path
              key={i}
              d={shape.d}
              fill={level ? LEVELS[level].colour : NO_DATA}
              data-code={shape.code ?? ''}
              data-level={level ?? 'nodata'}
              class={fit?.sold ? 'sold' : undefined}
              onPointerEnter={() => setInfo(describe(shape))}
              onClick={() => {
                setInfo(describe(shape));
                if (fit) onOpen(fit.country);
              }}
            >
              <title>{describe(shape)}</title>
            </path>
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
        </ul>
        <p class="map-info" aria-live="polite">{info || 'Hover or tap a country; click it to see its carriers.'}</p>
      </figcaption>
    </figure>
  );
}
