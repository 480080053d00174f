import { resolveDevice } from '../catalog/resolve-device.js';
import type { Device } from '../catalog/types.js';
import type { Offer } from '../engine/phone-candidates.js';
import { convert, type ExchangeRates } from '../engine/price.js';
import { isBandfitError } from '../errors.js';
import type { PriceRow } from '../import/read-price-list.js';

/** What became of a price list: how many rows, how many found a phone, and the ones that did not. */
export interface PriceListReport {
  file: string;
  rows: number;
  matched: number;
  /** Rows that match no phone, or several: with their line, what they named and why. */
  unmatched: { line: number; phone: string; reason: string }[];
}

/** A row's phone: by model number exactly (which also names the variant), else by name. */
function findRowPhone(row: PriceRow, devices: readonly Device[]): { device: Device; variantId?: string } {
  if (row.model) {
    try {
      const found = resolveDevice(row.model, devices, { exact: true });
      return { device: found.device, ...(found.variant ? { variantId: found.variant.id } : {}) };
    } catch (error) {
      if (!row.name) throw error;
    }
  }
  const found = resolveDevice(row.name!, devices);
  return { device: found.device, ...(found.variant && found.device.variants.length === 1 ? { variantId: found.variant.id } : {}) };
}

/**
 * The offers of a price list by device id. A phone on several rows keeps its cheapest offer
 * (compared in the rate table's base currency). Rows naming no phone, or several, are reported
 * with their line, never guessed.
 */
export function matchPriceList(rows: readonly PriceRow[], devices: readonly Device[], rates: ExchangeRates, file: string): { offers: Map<string, Offer>; report: PriceListReport } {
  const offers = new Map<string, Offer>();
  const unmatched: PriceListReport['unmatched'] = [];
  const base = (o: { amount: number; currency: string }) => convert(o.amount, o.currency, rates.base, rates) ?? Infinity;
  for (const row of rows) {
    let found: { device: Device; variantId?: string };
    try {
      found = findRowPhone(row, devices);
    } catch (error) {
      if (!isBandfitError(error) || !['E_UNKNOWN_DEVICE', 'E_AMBIGUOUS_DEVICE', 'E_BAD_INPUT'].includes(error.code)) throw error;
      unmatched.push({ line: row.line, phone: row.model ?? row.name!, reason: error.message });
      continue;
    }
    const offer: Offer = {
      amount: row.price,
      currency: row.currency,
      ...(found.variantId ? { variantId: found.variantId } : {}),
      ...(row.store ? { store: row.store } : {}),
      ...(row.date ? { date: row.date } : {}),
      line: row.line,
      source: { title: `price list ${file}`, ref: `line ${row.line}${row.store ? `, ${row.store}` : ''}` },
    };
    const kept = offers.get(found.device.id);
    if (!kept || base(offer) < base(kept)) offers.set(found.device.id, offer);
  }
  return { offers, report: { file, rows: rows.length, matched: rows.length - unmatched.length, unmatched } };
}
