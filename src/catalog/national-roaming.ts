import type { Carrier, CarrierBand, CuratedCarrier, TechStatus } from './types.js';

const LIVE = new Set(['active', 'ending']);

/** Own bands first, then the host's bands the network does not list itself. */
const union = (own: readonly CarrierBand[], host: readonly CarrierBand[]): CarrierBand[] => {
  const listed = new Set(own.map((b) => b.band));
  return [...own, ...host.filter((b) => !listed.has(b.band))];
};

/**
 * The LTE and 5G bands of a network whose customers roam onto a host: its own, then the host's it
 * does not list (taken before the coverage layer is filled, so the host's coverage bands count).
 */
export const roamingRadio = (own: Pick<CuratedCarrier, 'lte' | 'nr'>, host: Carrier): Pick<Carrier, 'lte' | 'nr'> => ({
  lte: union(own.lte ?? [], host.lte),
  nr: union(own.nr ?? [], host.nr),
});

/** A 2G/3G network of its own while it runs with known bands, else the host's (which its customers roam onto) where known. */
const legacy = (own: TechStatus, host: TechStatus): TechStatus =>
  (LIVE.has(own.state) && own.bands?.length) || host.state === 'unknown' ? own : host;

/**
 * A network whose customers roam nationally onto a host network wherever it has no cells of its
 * own (1&1 in Germany: its own small Open RAN network, Vodafone's 2G, 4G and 5G everywhere else):
 * the host's 2G/3G and VoLTE rule where it has none of its own (its bands: `roamingRadio`),
 * citing the host's sources after its own. Its id, names, codes and dates stay its own.
 *
 * @example
 * withNationalRoaming(oneAndOne, vodafone).gsm; // Vodafone's GSM 900/1800, active
 */
export function withNationalRoaming(carrier: Carrier, host: Carrier): Carrier {
  return {
    ...carrier,
    ...(carrier.nationalRoaming ? { nationalRoaming: { ...carrier.nationalRoaming, name: host.name } } : {}),
    gsm: legacy(carrier.gsm, host.gsm),
    umts: legacy(carrier.umts, host.umts),
    tdscdma: legacy(carrier.tdscdma, host.tdscdma),
    cdma: legacy(carrier.cdma, host.cdma),
    ...(carrier.volteRequired === undefined && host.volteRequired !== undefined ? { volteRequired: host.volteRequired } : {}),
    ...(!carrier.certifiedDevicesOnly && host.certifiedDevicesOnly ? { certifiedDevicesOnly: host.certifiedDevicesOnly } : {}),
    sources: [...carrier.sources, ...host.sources.filter((s) => !carrier.sources.includes(s))],
  };
}
