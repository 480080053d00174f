import type { Tech } from '../types.js';

/** Band fields as a dataset gives them: one field per technology (GSMArena's 2G/3G/4G/5G rows). */
export interface DeviceBandFields {
  gsm?: string;
  cdma?: string;
  umts?: string;
  tdscdma?: string;
  lte?: string;
  nr?: string;
}

/** One variant the text describes: its label (`International`, `A3090`) and its bands. */
export interface ParsedVariantBands {
  label: string | null;
  /** Registry band ids, in registry order. */
  bands: string[];
  nrModes?: ('SA' | 'NSA')[];
  /**
   * Technologies the text names without listing bands (`LTE (unspecified)`, `TD-SCDMA`,
   * `SA/NSA` alone): the device has them, its bands there are unknown.
   */
  unlistedTechs?: Tech[];
}

/** A piece of text the parser could not turn into bands, and why. */
export interface UnreadBandText {
  field: keyof DeviceBandFields | 'text';
  text: string;
  reason: string;
}

export interface DeviceBandParse {
  variants: ParsedVariantBands[];
  unread: UnreadBandText[];
}
