import { knownOr } from '../catalog/known-or-derived.js';
import type { Carrier, TechStatus } from '../catalog/types.js';
import type { CarrierOverlay } from '../store/store.js';

const UNKNOWN: TechStatus = { state: 'unknown' };

/**
 * Lays imported carrier overlays (`bandfit import carriers`) over the compiled catalog: the
 * fields an overlay gives replace the carrier's, except that an overlay's `unknown` status keeps the
 * catalog's known one (`knownOr`); an overlay for a network the catalog lacks
 * becomes a carrier of its own. Pure: the catalog itself is never changed.
 */
export function applyCarrierOverlays(carriers: readonly Carrier[], overlays: readonly CarrierOverlay[]): Carrier[] {
  if (!overlays.length) return [...carriers];
  const byId = new Map(overlays.map((o) => [o.id, o]));
  const out = carriers.map((carrier) => {
    const o = byId.get(carrier.id);
    if (!o) return carrier;
    byId.delete(carrier.id);
    return {
      ...carrier,
      ...(o.name ? { name: o.name } : {}),
      ...(o.lte ? { lte: o.lte } : {}),
      ...(o.nr ? { nr: o.nr } : {}),
      ...(o.gsm ? { gsm: knownOr(o.gsm, carrier.gsm) } : {}),
      ...(o.umts ? { umts: knownOr(o.umts, carrier.umts) } : {}),
      ...(o.cdma ? { cdma: knownOr(o.cdma, carrier.cdma) } : {}),
      ...(o.nrSa !== undefined ? { nrSa: o.nrSa } : {}),
      ...(o.volteRequired !== undefined ? { volteRequired: o.volteRequired } : {}),
      ...(o.nrModes ? { nrModes: o.nrModes } : {}),
      ...(o.certifiedDevicesOnly ? { certifiedDevicesOnly: o.certifiedDevicesOnly } : {}),
      sources: [...carrier.sources, ...(o.sources ?? [])],
    };
  });
  for (const o of byId.values()) {
    out.push({
      id: o.id,
      country: o.country,
      name: o.name ?? o.id,
      aliases: o.aliases ?? [],
      mccmnc: o.mccmnc ?? [],
      territories: o.territories ?? [],
      kind: o.kind ?? 'mno',
      ...(o.host ? { host: o.host } : {}),
      origin: 'curated',
      lte: o.lte ?? [],
      nr: o.nr ?? [],
      gsm: o.gsm ?? UNKNOWN,
      umts: o.umts ?? UNKNOWN,
      tdscdma: UNKNOWN,
      cdma: o.cdma ?? UNKNOWN,
      ...(o.volteRequired !== undefined ? { volteRequired: o.volteRequired } : {}),
      ...(o.nrModes ? { nrModes: o.nrModes } : {}),
      ...(o.certifiedDevicesOnly ? { certifiedDevicesOnly: o.certifiedDevicesOnly } : {}),
      sources: o.sources ?? [],
    });
  }
  return out;
}
