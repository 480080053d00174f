import { useEffect, useRef, useState } from 'preact/hooks';
import { sortByName } from '../../src/catalog/compare-names.js';
import { api, type CountryRow } from './api.js';
import { CheckView } from './components/check-view.js';
import { ErrorNote } from './components/error-note.js';
import { MapView } from './components/map-view.js';
import { PhonesView } from './components/phones-view.js';
import { TripView } from './components/trip-view.js';
import { navHref, type Shared } from './nav-href.js';
import { SCREENS, useRoute, withChanges, type ParamChange, type Screen } from './route.js';

/** What a screen gets: its inputs from the route, and the way to change them (a new history entry). */
export interface ScreenProps {
  params: URLSearchParams;
  go: (change: ParamChange, replace?: boolean) => void;
  countries: CountryRow[];
  open: (screen: Screen, change: ParamChange) => void;
}

/**
 * Every screen reads its inputs from the hash and writes them back, so each answer has a link
 * and back/forward move between answers. The phone and country carry over between screens.
 */
export function App() {
  const [route, navigate] = useRoute();
  const [countries, setCountries] = useState<CountryRow[]>([]);
  const [error, setError] = useState<unknown>();
  const last = useRef<Partial<Record<Screen, URLSearchParams>>>({});
  const shared = useRef<Shared>({});

  last.current[route.screen] = route.params;
  const device = route.params.get('device');
  if (device && route.screen !== 'trip') shared.current.device = device;
  const country = route.params.get('country');
  if (country) shared.current.country = country;

  useEffect(() => {
    api.countries().then((r) => setCountries(sortByName(r.countries, (c) => c.name)), setError);
  }, []);
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [route.screen]);

  const props: ScreenProps = {
    params: route.params,
    countries,
    go: (change, replace) => navigate(route.screen, withChanges(route.params, change), replace),
    open: (screen, change) => navigate(screen, withChanges(new URLSearchParams(), change)),
  };
  return (
    <>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>Skip to content</a>
      <header class="top">
        <h1>bandfit <small>will this phone work there?</small></h1>
        <nav aria-label="Screens">
          {SCREENS.map(([s, label]) => (
            <a key={s} href={navHref(s, last.current, shared.current)} aria-current={route.screen === s ? 'page' : undefined}>{label}</a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorNote error={error} />
        {route.screen === 'check' && <CheckView {...props} />}
        {route.screen === 'map' && <MapView {...props} />}
        {route.screen === 'phones' && <PhonesView {...props} />}
        {route.screen === 'trip' && <TripView {...props} />}
      </main>
      <footer>
        Band data: curated records and mcc-mnc-list; see each card’s sources. <a href="/docs">API</a>
      </footer>
    </>
  );
}
