import type { Carrier, Device } from '../catalog/types.js';
import type { ExchangeRates } from '../engine/price.js';
import { rankPhones, type RankOptions, type RankReport } from '../engine/rank-phones.js';
import type { PriceListReport } from './match-price-list.js';

/** The documented shape of `bandfit phones --json` and `GET /api/v1/phones`. */
export interface PhonesResult extends RankReport {
  /** The day the verdicts are for. */
  asOf: string;
  country: string;
  carriers: { id: string; name: string }[];
  currency: string;
  rates: { date: string; source: string };
  /** With a price list: its rows, how many found a phone, and the lines that did not. */
  priceList?: PriceListReport;
}

/** Ranks every device for a country (or one carrier there). */
export function buildPhonesReport(
  devices: readonly Device[],
  country: string,
  carriers: readonly Carrier[],
  rates: ExchangeRates,
  options: Omit<RankOptions, 'rates' | 'market' | 'asOf'> & { asOf: string },
  priceList?: PriceListReport,
): PhonesResult {
  const report = rankPhones(devices, carriers, { ...options, rates, market: country });
  return {
    asOf: options.asOf,
    country,
    carriers: carriers.filter((c) => c.kind === 'mno').map((c) => ({ id: c.id, name: c.name })),
    currency: options.currency,
    rates: { date: rates.date, source: rates.source.title },
    ...(priceList ? { priceList } : {}),
    ...report,
  };
}
