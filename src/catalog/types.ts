import type { TechState } from '../bands/types.js';

/**
 * The catalog's record shapes: what the curated files in `data/` hold and what the store keeps.
 * Every record cites its sources; a field that is not known is left out, never guessed.
 * Carriers are here (docs/data-carriers.md), devices in `device-types.ts` (docs/data-devices.md).
 */

/** Where a fact comes from. `url` only when the page is known; `ref` points inside it. */
export interface Source {
  title: string;
  url?: string;
  /** A row, table or section inside the source (`network_bands.csv: US,t-mobile`). */
  ref?: string;
  /** ISO date the source was read or the fact checked. */
  checked?: string;
  /** Licence or credit line the source asks for. */
  credit?: string;
}

export type { TechState };
export type { Benchmark, Device, Market, Price, Specs, Variant } from './device-types.js';

export interface TechStatus {
  state: TechState;
  /** Switch-off date (done or planned), ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  /** Band ids in use while the technology runs (`GSM900`, `U1`, `BC0`). */
  bands?: string[];
  source?: string;
  /**
   * Set when a curated network's status (or, where the record gave only the state, its bands)
   * comes from the network's `mcc-mnc-list` entry because the record left it `unknown` or out
   * (`known-or-derived.ts`): curated beats derived only where the curated record knows something.
   */
  from?: 'mcc-mnc-list';
}

/** 5G modes: standalone (5G core) and non-standalone (5G on top of an LTE anchor). */
export type NrMode = 'SA' | 'NSA';

/**
 * A carrier's rule that only devices it has certified get VoLTE (or are activated at all) on
 * its network: an imported phone with the right bands may still get no calls there.
 */
export interface CertifiedDevicesPolicy {
  /** `volte`: phones it has not certified get no VoLTE; `activation`: they are not activated. */
  restricts: 'volte' | 'activation';
  /** Id of the network whose device list counts (an MVNO inherits its host's policy). */
  network: string;
  source: Source;
}

/** National roaming: the host network's id and the source that says its customers use it. */
export interface NationalRoaming {
  network: string;
  source: Source;
  /** The host network's name, set by the build on the compiled carrier (so answers can name it). */
  name?: string;
}

/** A coverage band carries the wide-area (usually low-band) layer; a capacity band adds speed. */
export type BandLayer = 'coverage' | 'capacity';

export interface CarrierBand {
  band: string;
  layer: BandLayer;
  /** `x` cross-checked by two or more sources, `s` a single source. */
  confidence?: 'x' | 's';
  /**
   * Set only on a band the catalog build added to a curated record: a coverage band for a record
   * that named none (`fill-coverage-layer.ts`, docs/verdicts.md "Coverage layers"), `mcc-mnc-list`
   * when the network's band text there gives its low band (the record cites that entry),
   * `lowest-band` when no source names one and the network's lowest band is taken as its coverage
   * layer; and `mcc-mnc-list` on every band of an `lte` or `nr` list the record leaves out, which
   * then comes from that entry (`known-or-derived.ts`).
   */
  from?: CoverageFrom;
}

/** Where a coverage band the build added comes from. */
export type CoverageFrom = 'mcc-mnc-list' | 'lowest-band';

/** A curated carrier record, as written in `data/carriers/<cc>.json`. */
export interface CuratedCarrier {
  /** Stable slug: `<cc>-<name>`, lower case (`us-t-mobile`, `de-telekom`). */
  id: string;
  /** ISO 3166-1 alpha-2 country of the licence. */
  country: string;
  name: string;
  /** Other names users type: brands, old names, group names (`Magenta`, `DT`). */
  aliases?: string[];
  /** Codes as `MCC-MNC` (`310-260`). */
  mccmnc?: string[];
  /** Further territories the same network serves (T-Mobile US in PR and VI). */
  territories?: string[];
  kind: 'mno' | 'mvno';
  /** For an MVNO: the id of the network it rides on; bands and sunsets come from there. */
  host?: string;
  lte?: CarrierBand[];
  nr?: CarrierBand[];
  gsm?: TechStatus;
  umts?: TechStatus;
  cdma?: TechStatus;
  /** 5G standalone in service. */
  nrSa?: boolean;
  /** 5G modes the network runs for phones, where a source says (`['SA']`: standalone only). */
  nrModes?: NrMode[];
  /** True when voice needs VoLTE (no circuit-switched fallback left, or the carrier demands it). */
  volteRequired?: boolean;
  /** VoLTE or activation only for devices the carrier certified, with the carrier's own words. */
  certifiedDevicesOnly?: CertifiedDevicesPolicy;
  /**
   * The network its customers roam onto, nationally, wherever it has no cells of its own (1&1
   * on Vodafone in Germany), with the source that says so: the build judges it on its own bands
   * and that network's (`national-roaming.ts`).
   */
  nationalRoaming?: NationalRoaming;
  /** Market share, percent, where a source gives it. */
  sharePercent?: number;
  sources: Source[];
  /** ISO date the record was last checked. */
  checked: string;
  /** Where sources disagree or something is uncertain, said in words. */
  notes?: string;
}

/** Where a resolved carrier's facts come from. */
export type CarrierOrigin = 'curated' | 'derived';

/**
 * A carrier as the engine sees it: one network (or MVNO resolved to its host network), with
 * LTE/NR bands by layer and the status of every technology. Built from the curated record
 * where one exists, else derived from `mcc-mnc-list` band text.
 */
export interface Carrier {
  id: string;
  country: string;
  name: string;
  aliases: string[];
  mccmnc: string[];
  territories: string[];
  kind: 'mno' | 'mvno';
  /** For an MVNO, the network it rides on. */
  host?: string;
  origin: CarrierOrigin;
  lte: CarrierBand[];
  nr: CarrierBand[];
  gsm: TechStatus;
  umts: TechStatus;
  tdscdma: TechStatus;
  cdma: TechStatus;
  nrSa?: boolean;
  nrModes?: NrMode[];
  volteRequired?: boolean;
  certifiedDevicesOnly?: CertifiedDevicesPolicy;
  /** Set on a network judged with the host it roams onto (its bands and 2G/3G are merged in). */
  nationalRoaming?: NationalRoaming;
  sources: Source[];
  checked?: string;
  notes?: string;
  /** Band text tokens that could not be turned into band numbers. */
  unread?: string[];
}
