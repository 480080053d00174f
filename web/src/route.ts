import { useEffect, useState } from 'preact/hooks';

export type Screen = 'check' | 'map' | 'phones' | 'trip';
export const SCREENS: [Screen, string][] = [['check', 'Check'], ['map', 'Map'], ['phones', 'Best value'], ['trip', 'Trip']];

/** One screen and its inputs, as the hash holds them: `#/check?device=xiaomi-mi-6&country=US`. */
export interface Route {
  screen: Screen;
  params: URLSearchParams;
}

/** A change of inputs: `undefined` or `''` removes a parameter, a list repeats it. */
export type ParamChange = Record<string, string | string[] | undefined>;

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const screen = SCREENS.find(([s]) => path === `/${s}`)?.[0] ?? 'check';
  return { screen, params: new URLSearchParams(query) };
}

/** Parameters in a stable order, so one answer always has one link. */
export function routeHash(screen: Screen, params: URLSearchParams): string {
  const query = params.toString().replace(/%2C/gi, ',');
  return `#/${screen}${query ? `?${query}` : ''}`;
}

/** The params with the changes made; a changed parameter keeps its place in the link. */
export function withChanges(params: URLSearchParams, change: ParamChange): URLSearchParams {
  const values = (key: string) => {
    const v = change[key];
    return Array.isArray(v) ? v : v ? [v] : [];
  };
  const next = new URLSearchParams();
  const done = new Set<string>();
  for (const [key, value] of params) {
    if (!(key in change)) next.append(key, value);
    else if (!done.has(key)) values(key).forEach((v) => next.append(key, v));
    done.add(key);
  }
  for (const key of Object.keys(change)) if (!done.has(key)) values(key).forEach((v) => next.append(key, v));
  return next;
}

/**
 * The route is the one source of every screen's inputs. A new answer is a new history entry
 * (`pushState`), so back and forward move between answers; `replace` amends the current one.
 */
export function useRoute(): [Route, (screen: Screen, params: URLSearchParams, replace?: boolean) => void] {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const sync = () => setRoute(parseRoute(location.hash));
    addEventListener('popstate', sync);
    addEventListener('hashchange', sync);
    return () => {
      removeEventListener('popstate', sync);
      removeEventListener('hashchange', sync);
    };
  }, []);
  const navigate = (screen: Screen, params: URLSearchParams, replace = false) => {
    const hash = routeHash(screen, params);
    if (hash === location.hash) return;
    if (replace) history.replaceState(null, '', hash);
    else history.pushState(null, '', hash);
    setRoute(parseRoute(hash));
  };
  return [route, navigate];
}
