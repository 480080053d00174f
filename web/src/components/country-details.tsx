import type { WhereResult } from '../api.js';
import { LEVELS, VerdictBadge } from '../levels.js';

type Fit = WhereResult['countries'][number];

const originWords = (fit: Fit) => (fit.origin === 'derived' ? 'derived data (mcc-mnc-list, not curated)' : fit.origin === 'curated' ? 'curated data' : '');

/** One line for the map's hover and info text: verdict, best carrier, data origin, sold or not. */
export function describeFit(fit: Fit): string {
  const origin = originWords(fit);
  return `${fit.name}: ${LEVELS[fit.level].words}${fit.carrier ? ` (best on ${fit.carrier}${origin ? `, ${origin}` : ''})` : ''}; ${fit.sold ? `sold there${fit.since ? ` since ${fit.since}` : ''}` : 'not sold there officially'}`;
}

/**
 * The country picked on the map, shown in place (a tap on a phone does not leave the map):
 * every carrier's verdict, which variant, whether the data is curated, and a link to the cards.
 */
export function CountryDetails({ fit, checkHref, onClose }: { fit: Fit; checkHref: string; onClose: () => void }) {
  return (
    <section class="country-details" aria-labelledby="country-details-h" aria-live="polite">
      <h3 id="country-details-h" tabIndex={-1}>{fit.name}</h3>
      <p><VerdictBadge level={fit.level} /> {LEVELS[fit.level].words} with the {fit.variantLabel} variant; {fit.sold ? `sold there${fit.since ? ` since ${fit.since}` : ''}` : 'not sold there officially'}.</p>
      {fit.origin && <p class={`origin origin-${fit.origin}`}>Best carrier from {originWords(fit)}{fit.origin === 'derived' ? ': its band list may be incomplete or out of date.' : '.'}</p>}
      {fit.carriers.length > 0 && (
        <ul class="carrier-verdicts">
          {fit.carriers.map((c) => <li key={c.carrierId}><VerdictBadge level={c.level} /> {c.carrier}</li>)}
        </ul>
      )}
      <p class="details-actions">
        <a class="button" href={checkHref}>Band by band on Check<span class="sr-only"> for {fit.name}</span></a>
        <button type="button" onClick={onClose}>Close<span class="sr-only"> {fit.name}</span></button>
      </p>
    </section>
  );
}
