import type { Device } from '../catalog/types.js';
import { planTrip, type TripReport } from '../engine/plan-trip.js';
import type { PhoneSort } from '../engine/rank-phones.js';
import type { Level } from '../engine/types.js';
import { BandfitError } from '../errors.js';
import type { Snapshot } from './snapshot.js';
import { buildCheckReport, type CheckReport } from './check-report.js';
import { buildCompareReport, type CompareResult } from './compare-report.js';
import { chooseVariant } from './choose-variant.js';
import { findDevice } from './find-device.js';
import { filterCountries } from './filter-countries.js';
import { buildPhonesReport, type PhonesResult } from './phones-report.js';
import { selectCarriers } from './select-carriers.js';
import { buildWhereReport, carriersByCountry, type WhereResult } from './where-report.js';
import { getCountry } from '../catalog/countries.js';

export interface CheckQuery {
  device?: string;
  bands?: string;
  country: string;
  carrier?: string;
  variant?: string;
  includeAll?: boolean;
}

/** `check`: one phone on the carriers of one country. */
export function checkQuery(data: Snapshot, q: CheckQuery): CheckReport {
  if (!q.device && q.bands === undefined) {
    throw new BandfitError('E_BAD_INPUT', 'Name a phone ("Xiaomi Mi 6") or paste its bands', { path: ['device'] });
  }
  if (q.device && q.bands !== undefined) throw new BandfitError('E_BAD_INPUT', 'Give either a phone or bands, not both', { path: ['bands'] });
  const { country, carriers } = selectCarriers(data.carriers, q.country, q.carrier, { includeAll: q.includeAll === true });
  const found = q.device ? findDevice(q.device, data.devices) : undefined;
  const variant = q.variant ?? found?.variant;
  return buildCheckReport(
    { ...(found ? { device: found.device } : {}), ...(q.bands !== undefined ? { bandText: q.bands } : {}), ...(variant ? { variant } : {}) },
    { code: country.code, name: country.name },
    carriers,
  );
}

export interface WhereQuery {
  device: string;
  /** Only these countries (codes or names); every country when absent. */
  countries?: string[];
}

/** `where`: every country (or the ones asked), sold there or not, and how well it works. */
export function whereQuery(data: Snapshot, q: WhereQuery): WhereResult {
  const { device } = findDevice(q.device, data.devices);
  return filterCountries(buildWhereReport(device, carriersByCountry(data.carriers.carriers)), q.countries);
}

export interface PhonesQuery {
  country: string;
  carrier?: string;
  maxPrice?: number;
  currency?: string;
  minVerdict?: Level;
  sort?: PhoneSort;
  limit?: number;
}

/** `phones`: the phones that work in a country or on one carrier, ranked. */
export function phonesQuery(data: Snapshot, q: PhonesQuery): PhonesResult {
  const { country, carriers } = selectCarriers(data.carriers, q.country, q.carrier);
  const currency = (q.currency ?? 'USD').toUpperCase();
  const rates = data.rates;
  if (rates.rates[currency] === undefined) {
    throw new BandfitError('E_BAD_INPUT', `No exchange rate for currency "${currency}"`, { path: ['currency'], suggestions: Object.keys(rates.rates) });
  }
  return buildPhonesReport(data.devices, country.code, carriers, rates, {
    currency,
    ...(q.maxPrice !== undefined ? { maxPrice: q.maxPrice } : {}),
    ...(q.minVerdict ? { minLevel: q.minVerdict } : {}),
    ...(q.sort ? { sort: q.sort } : {}),
    limit: q.limit ?? 20,
  });
}

function findDevices(queries: string[], data: Snapshot): Device[] {
  if (!queries.length) throw new BandfitError('E_BAD_INPUT', 'Name at least one phone', { path: ['devices'] });
  return queries.map((query) => findDevice(query, data.devices).device);
}

export interface TripQuery {
  devices: string[];
  countries: string[];
  /** Judge this variant (label, id or model number) of every phone named, not its best one. */
  variant?: string;
}

/**
 * `trip`: several phones across several countries. A phone named by model number (`A3090`), or
 * with `variant`, is judged as that variant; otherwise as its best variant for the whole trip.
 */
export function tripQuery(data: Snapshot, q: TripQuery): TripReport {
  if (!q.countries.length) throw new BandfitError('E_BAD_INPUT', 'Name at least one country', { path: ['countries'] });
  if (!q.devices.length) throw new BandfitError('E_BAD_INPUT', 'Name at least one phone', { path: ['devices'] });
  const codes = q.countries.map((c) => getCountry(c).code);
  const devices = q.devices.map((query) => {
    const found = findDevice(query, data.devices);
    const wanted = q.variant ?? found.variant;
    return wanted ? { ...found.device, variants: [chooseVariant(found.device, undefined, wanted)] } : found.device;
  });
  return planTrip(devices, codes, carriersByCountry(data.carriers.carriers));
}

/** `compare`: phones side by side, with verdicts when a country is given. */
export function compareQuery(data: Snapshot, q: { devices: string[]; country?: string }): CompareResult {
  const devices = findDevices(q.devices, data);
  if (!q.country) return buildCompareReport(devices);
  const { country, carriers } = selectCarriers(data.carriers, q.country);
  return buildCompareReport(devices, country.code, carriers);
}
