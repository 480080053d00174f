import { bandLabel } from '../bands/registry.js';
import type { Reason, ReasonCode } from './types.js';

/** What a message may mention besides the bands. */
export interface ReasonParams {
  carrier: string;
  tech?: string;
  date?: string;
  /** For `CERTIFIED_DEVICES_ONLY`: what the carrier restricts and the title of its source. */
  policy?: 'volte' | 'activation';
  source?: string;
  /** For `TECH_ENDING`: what the phone loses when that network goes (`ending-loss.ts`). */
  loses?: 'connection' | 'calls' | 'fallback';
  /** For `DATA_STALE`: when the carrier's record was last checked, and how many months before the day asked. */
  checked?: string | null;
  months?: number | null;
  asOf?: string;
  /** For `MISSING_COVERAGE_BAND`: how the band is known to be the coverage layer, when not cross-checked. */
  basis?: 'single-source' | 'mcc-mnc-list' | 'lowest-band';
}

const BASES = {
  'single-source': ' (known from a single source)',
  'mcc-mnc-list': ' (known from a single source: its mcc-mnc-list band text)',
  'lowest-band': ' (no source names one: its lowest band is taken as the coverage layer)',
} as const;

const LOSSES = {
  connection: 'the phone loses its only connection there',
  calls: 'the phone loses its calls there unless VoLTE works on it',
  fallback: 'the phone loses that fallback; 4G/5G carries on',
} as const;

const TECH_NAMES: Record<string, string> = {
  GSM: '2G (GSM)',
  CDMA: '2G/3G (CDMA)',
  UMTS: '3G (UMTS)',
  TDSCDMA: '3G (TD-SCDMA)',
  LTE: '4G (LTE)',
  NR: '5G (NR)',
};

const labels = (bands: string[]): string => bands.map(bandLabel).join(', ');

/**
 * The one place reason codes become words, so wording can change while codes stay stable.
 * Codes and their meaning are listed in docs/verdicts.md.
 */
const WRITERS: Record<ReasonCode, (bands: string[], p: ReasonParams) => string> = {
  UNKNOWN_CARRIER_BANDS: (_, p) => `${p.carrier}'s bands are not known, so no verdict is possible`,
  UNKNOWN_PHONE_BANDS: () => `the phone's bands are not known, so no verdict is possible`,
  NO_OVERLAP: (_, p) => `no band in common with ${p.carrier}'s network: the phone will not connect`,
  LEGACY_ONLY: (bands, p) =>
    `connects to ${p.carrier} only on ${p.tech ? TECH_NAMES[p.tech] : 'a legacy network'} (${labels(bands)}): slow data, and it stops working when that network is switched off`,
  MISSING_COVERAGE_BAND: (bands, p) =>
    `no ${labels(bands)}: ${p.carrier}'s coverage band${p.basis ? BASES[p.basis] : ''}, so expect dead zones (rural areas, indoors) where it is the only signal`,
  MISSING_CAPACITY_BANDS: (bands, p) =>
    `no ${labels(bands)}: capacity band${bands.length > 1 ? 's' : ''} ${p.carrier} uses for speed, so slower data where ${bands.length > 1 ? 'they carry' : 'it carries'} the traffic`,
  MISSING_SUPPLEMENTAL_BANDS: (bands, p) =>
    `no ${labels(bands)}: add-on band${bands.length > 1 ? 's' : ''} (downlink-only, unlicensed or mmWave) ${p.carrier} aggregates for peak speed`,
  TECH_OFF: (bands, p) =>
    `${p.carrier} switched ${p.tech ? TECH_NAMES[p.tech] : 'this network'} off${p.date ? ` (${p.date})` : ''}: the phone's ${labels(bands) || 'bands there'} count for nothing`,
  TECH_OFF_PLANNED: (bands, p) =>
    `${p.carrier} planned to switch ${p.tech ? TECH_NAMES[p.tech] : 'this network'} off${p.date ? ` for ${p.date}` : ''}; not confirmed since, so it counts as off: the phone's ${labels(bands) || 'bands there'} count for nothing`,
  TECH_ENDING: (_, p) =>
    `${p.carrier} is switching ${p.tech ? TECH_NAMES[p.tech] : 'this network'} off ${p.date ? `on ${p.date}` : '(date not announced)'}: ${p.date ? 'from then' : 'then'} ${LOSSES[p.loses ?? 'fallback']}`,
  DATA_STALE: (_, p) =>
    p.checked
      ? `${p.carrier}'s record was last checked on ${p.checked}, ${p.months} months before ${p.asOf}: its bands and switch-offs may have changed since`
      : `${p.carrier}'s record comes from public band text no one has checked: its bands and switch-offs may be out of date`,
  NO_VOICE: (_, p) =>
    `no voice calls on ${p.carrier}: the phone shares no band with a network of ${p.carrier} that carries calls (no 4G band for VoLTE, no 2G/3G still running)`,
  NO_VOLTE: (_, p) =>
    `no voice calls on ${p.carrier}: calls there need VoLTE, and the phone's record (with its source) says it has no VoLTE`,
  VOLTE_NEEDED: (_, p) =>
    `calls unconfirmed: calls on ${p.carrier} need VoLTE (its 2G/3G are off or not usable by this phone), and no source confirms this phone's VoLTE: check before buying`,
  VONR_NEEDED: (_, p) =>
    `calls unconfirmed: ${p.carrier}'s network here is 5G only, so calls need voice over 5G (VoNR), and no source confirms it for this phone`,
  CERTIFIED_DEVICES_ONLY: (_, p) =>
    `calls unconfirmed: on this network ${p.policy === 'activation' ? 'only devices the operator has approved are activated' : 'only devices the operator has approved get VoLTE'} (${p.source ?? 'operator policy'}), and this phone is not known to be approved: an imported phone with the right bands may get no calls`,
  NR_SA_ONLY: (_, p) =>
    `${p.carrier}'s 5G is standalone (SA) only and this phone supports 5G non-standalone only: it gets no 5G there`,
  NR_SA_UNCONFIRMED: (_, p) =>
    `${p.carrier}'s 5G is standalone (SA) only; whether this phone supports 5G SA is not known, so its 5G there is not confirmed`,
  NR_ONLY_OVERLAP: (bands, p) =>
    `the phone shares only 5G bands with ${p.carrier} (${labels(bands)}), no 4G or running 2G/3G band: ${p.carrier}'s 5G works on top of its 4G, so the phone does not connect`,
  NO_5G: (_, p) => `the phone has no 5G: it is judged on 4G and gets none of ${p.carrier}'s 5G`,
  MISSING_5G_BANDS: (bands, p) => `no 5G ${labels(bands)}: less 5G from ${p.carrier}, 4G still works there`,
  NO_5G_OVERLAP: (_, p) => `the phone's 5G bands are not ones ${p.carrier} uses: it stays on 4G`,
};

/** Every reason code, in the order docs/verdicts.md lists them. */
export const REASON_CODES = Object.keys(WRITERS) as ReasonCode[];

/** The reason for a code; dated ones (switch-offs) carry their `date` too. */
export function reason(code: ReasonCode, bands: string[], params: ReasonParams): Reason {
  const dated = (code === 'TECH_ENDING' || code === 'TECH_OFF' || code === 'TECH_OFF_PLANNED') && params.date;
  const written: Reason = { code, message: WRITERS[code](bands, params), bands };
  if (dated) written.date = dated;
  return written;
}
