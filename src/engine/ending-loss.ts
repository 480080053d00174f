import type { Tech } from '../bands/types.js';

/** What a phone loses on a carrier when one of its 2G/3G networks is switched off. */
export type EndingLoss = 'connection' | 'calls' | 'fallback';

/**
 * What the phone loses when `tech` goes: its only connection (no data-layer band, and no other
 * live 2G/3G it shares), its calls (they go circuit-switched over ending networks only), or
 * just a fallback (4G/5G carries on). `shared` lists the live 2G/3G technologies the phone has
 * a band of, with whether each is ending itself.
 */
export function endingLoss(tech: Tech, onData: boolean, voice: string, shared: readonly { tech: Tech; ending: boolean }[]): EndingLoss {
  const othersStay = shared.some((s) => s.tech !== tech && !s.ending);
  if (!onData && !othersStay) return 'connection';
  if (voice === 'circuit-switched' && !othersStay) return 'calls';
  return 'fallback';
}
