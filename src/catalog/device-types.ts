import type { NrMode, Source } from './types.js';

/**
 * The shapes of a curated phone record (`data/devices/<brand>.json`, compiled into
 * `catalog/devices.json`): docs/data-devices.md explains every field.
 */

/** A launch price in the currency of the market it was announced for. */
export interface Price {
  amount: number;
  currency: string;
  /** ISO country of the price (`CN`), or `EU` for a euro-zone launch price. */
  market: string;
  date?: string;
  /** Storage/RAM tier the price is for (`6/64 GB`). */
  tier?: string;
  source: Source;
}

export interface Market {
  country: string;
  /** First official sale there, where known. */
  date?: string;
}

export interface Benchmark {
  /** `AnTuTu`, `Geekbench single`, `Geekbench multi`. */
  name: string;
  /** Scores of different versions are not comparable (`v9`, `v10`, `6`). */
  version: string;
  score: number;
  source: Source;
}

export interface Specs {
  chipset?: string;
  ramGb?: number[];
  storageGb?: number[];
  displayInches?: number;
  /** `1080x2400` */
  resolution?: string;
  batteryMah?: number;
  benchmarks?: Benchmark[];
}

/** One sold version of a phone with its own band list. */
export interface Variant {
  /** Stable slug: the device id plus a suffix (`xiaomi-mi-6-cn`). */
  id: string;
  /** `China`, `Global`, `India`, `USA`, `International`. */
  label: string;
  /** Manufacturer model numbers (`MCE16`, `SM-S911U`). */
  models?: string[];
  /** Countries this variant is sold in, where known. */
  markets?: string[];
  /** Band ids from the registry (`GSM900`, `U1`, `B3`, `n78`). */
  bands: string[];
  /** 5G modes the variant supports, where known. */
  nrModes?: NrMode[];
  /** VoLTE support; absent when not known. A curated record gives `volteSources` with it. */
  volte?: boolean;
  /** Where `volte` comes from: the maker's spec page, a carrier's device list. */
  volteSources?: Source[];
  /** Carriers (network ids) whose device lists or shops name this variant: certified there. */
  certifiedBy?: { carrier: string; source: Source }[];
  esim?: boolean;
}

/** A curated device record, as written in `data/devices/<brand>.json`. */
export interface Device {
  /** Stable slug: `<brand>-<name>` lower case (`xiaomi-mi-6`, `samsung-galaxy-s23`). */
  id: string;
  brand: string;
  name: string;
  aliases?: string[];
  /** ISO dates, as precise as known (`2017-04-19`, `2017-04`, `2017`). */
  announced?: string;
  released?: string;
  markets?: Market[];
  prices?: Price[];
  specs?: Specs;
  variants: Variant[];
  sources: Source[];
  /** ISO date the record was last checked. */
  checked: string;
  notes?: string;
}
