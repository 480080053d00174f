import { bandSetOf, emptyBandSet, addBand, type BandSet } from '../bands/band-set.js';
import { findBand } from '../bands/registry.js';
import type { Tech } from '../bands/types.js';
import type { Carrier, CarrierBand, TechStatus } from '../catalog/types.js';
import type { BandRole } from './types.js';
import { sameBlockLabels } from './same-block.js';
import { isSupplemental } from '../bands/is-supplemental.js';

/** A legacy (2G/3G) technology of a carrier, ready for set operations. */
export interface LegacyLayer {
  tech: Tech;
  status: TechStatus;
  bands: string[];
  set: BandSet;
  /** Still usable: not switched off, and bands known. */
  usable: boolean;
}

/** A 4G or 5G layer split by role: the level rests on coverage and capacity bands only. */
export interface DataLayer {
  tech: 'LTE' | 'NR';
  /** `sameBlockAs`: a second number the carrier lists for the block of that band (docs/verdicts.md). */
  bands: { band: string; role: BandRole; sameBlockAs?: string; confidence?: CarrierBand['confidence']; from?: CarrierBand['from'] }[];
  coverage: BandSet;
  capacity: BandSet;
  supplemental: BandSet;
  all: BandSet;
}

/** A carrier reduced to what the engine compares: built once per carrier and cached. */
export interface CarrierProfile {
  carrier: Carrier;
  lte: DataLayer;
  nr: DataLayer;
  legacy: LegacyLayer[];
  hasBands: boolean;
}

function dataLayer(tech: 'LTE' | 'NR', list: CarrierBand[]): DataLayer {
  const layer: DataLayer = {
    tech,
    bands: [],
    coverage: emptyBandSet(),
    capacity: emptyBandSet(),
    supplemental: emptyBandSet(),
    all: emptyBandSet(),
  };
  const labels = sameBlockLabels(list);
  for (const entry of list) {
    if (!findBand(entry.band)) continue;
    const role: BandRole = isSupplemental(entry.band) ? 'supplemental' : entry.layer;
    const sameBlockAs = labels.get(entry.band);
    const known = { ...(entry.confidence ? { confidence: entry.confidence } : {}), ...(entry.from ? { from: entry.from } : {}) };
    if (sameBlockAs) {
      layer.bands.push({ band: entry.band, role, sameBlockAs, ...known });
      continue;
    }
    layer.bands.push({ band: entry.band, role, ...known });
    addBand(role === 'coverage' ? layer.coverage : role === 'capacity' ? layer.capacity : layer.supplemental, entry.band);
    addBand(layer.all, entry.band);
  }
  return layer;
}

function legacyLayer(tech: Tech, status: TechStatus): LegacyLayer {
  const bands = (status.bands ?? []).filter((id) => findBand(id) !== undefined);
  return {
    tech,
    status,
    bands,
    set: bandSetOf(bands),
    usable: status.state !== 'off' && status.state !== 'none' && bands.length > 0,
  };
}

const cache = new WeakMap<Carrier, CarrierProfile>();

/** The engine's view of a carrier; cached per carrier object. */
export function carrierProfile(carrier: Carrier): CarrierProfile {
  const cached = cache.get(carrier);
  if (cached) return cached;
  const lte = dataLayer('LTE', carrier.lte);
  const nr = dataLayer('NR', carrier.nr);
  const legacy = [
    legacyLayer('GSM', carrier.gsm),
    legacyLayer('CDMA', carrier.cdma),
    legacyLayer('UMTS', carrier.umts),
    legacyLayer('TDSCDMA', carrier.tdscdma),
  ].filter((layer) => layer.bands.length > 0 || layer.status.state === 'off' || layer.status.state === 'ending');
  const hasBands = lte.bands.length > 0 || nr.bands.length > 0 || legacy.some((layer) => layer.bands.length > 0);
  const profile: CarrierProfile = { carrier, lte, nr, legacy, hasBands };
  cache.set(carrier, profile);
  return profile;
}
