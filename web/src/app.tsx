import { useEffect, useState } from 'preact/hooks';
import { api, type CountryRow } from './api.js';
import { CheckView, type Selection } from './components/check-view.js';
import { ErrorNote } from './components/error-note.js';
import { MapView } from './components/map-view.js';
import { PhonesView } from './components/phones-view.js';
import { TripView } from './components/trip-view.js';

type Screen = 'check' | 'map' | 'phones' | 'trip';
const SCREENS: [Screen, string][] = [['check', 'Check'], ['map', 'Map'], ['phones', 'Best value'], ['trip', 'Trip']];

const screenOf = (hash: string): Screen => (SCREENS.find(([s]) => hash === `#/${s}`)?.[0] ?? 'check');

/** The four screens share one phone and one country, so moving between them keeps the answer. */
export function App() {
  const [screen, setScreen] = useState<Screen>(screenOf(location.hash));
  const [countries, setCountries] = useState<CountryRow[]>([]);
  const [error, setError] = useState<unknown>();
  const [selection, setSelection] = useState<Selection>({ country: '' });

  useEffect(() => {
    api.countries().then((r) => setCountries([...r.countries].sort((a, b) => a.name.localeCompare(b.name))), setError);
    const onHash = () => setScreen(screenOf(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [screen]);

  const openCountry = (code: string) => {
    setSelection((s) => ({ ...s, country: code }));
    location.hash = '#/check';
  };
  return (
    <>
      <a class="skip" href="#main">Skip to content</a>
      <header class="top">
        <h1>bandfit <small>will this phone work there?</small></h1>
        <nav aria-label="Screens">
          {SCREENS.map(([s, label]) => (
            <a key={s} href={`#/${s}`} aria-current={screen === s ? 'page' : undefined}>{label}</a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <ErrorNote error={error} />
        {screen === 'check' && <CheckView countries={countries} selection={selection} onSelect={setSelection} />}
        {screen === 'map' && <MapView picked={selection.picked} onPick={(picked) => setSelection((s) => ({ ...s, picked }))} onOpenCountry={openCountry} />}
        {screen === 'phones' && <PhonesView countries={countries} country={selection.country} onCountry={(country) => setSelection((s) => ({ ...s, country }))} />}
        {screen === 'trip' && <TripView countries={countries} />}
      </main>
      <footer>
        Band data: curated records and mcc-mnc-list; see each card’s sources. <a href="/docs">API</a>
      </footer>
    </>
  );
}
