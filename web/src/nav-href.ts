import { routeHash, withChanges, type Screen } from './route.js';

/** The phone and country last chosen on any screen. */
export interface Shared {
  device?: string;
  country?: string;
}

/**
 * Where a screen's tab leads: back to its last answer, with the phone and country chosen since
 * on other screens. A carrier or variant belongs to its country or phone, so it is dropped when
 * those change (asking with the old one answers 404).
 */
export function navHref(screen: Screen, last: Partial<Record<Screen, URLSearchParams>>, shared: Shared): string {
  const before = last[screen] ?? new URLSearchParams();
  if (screen === 'trip') {
    const start = before.has('device') || !shared.device ? before : withChanges(before, { device: shared.device });
    return routeHash(screen, start);
  }
  let params = before;
  if (screen !== 'phones' && shared.device && !before.has('bands') && !before.has('imei') && before.get('device') !== shared.device) {
    params = withChanges(params, { device: shared.device, variant: undefined });
  }
  if (screen !== 'map' && shared.country && before.get('country') !== shared.country) {
    params = withChanges(params, { country: shared.country, carrier: undefined });
  }
  return routeHash(screen, params);
}
