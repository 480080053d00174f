import type { Device } from '../catalog/types.js';
import { planTrip, type TripReport } from '../engine/plan-trip.js';
import type { PhoneSort } from '../engine/rank-phones.js';
import type { Level } from '../engine/types.js';
import { BandfitError } from '../errors.js';
import type { BandfitData } from './bandfit-data.js';
import { buildCheckReport, type CheckReport } from './check-report.js';
import { buildCompareReport, type CompareResult } from './compare-report.js';
import { findDevice } from './find-device.js';
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
export async function checkQuery(data: BandfitData, q: CheckQuery): Promise<CheckReport> {
  if (!q.device && q.bands === undefined) {
    throw new BandfitError('E_BAD_INPUT', 'Name a phone ("Xiaomi Mi 6") or paste its bands', { path: ['device'] });
  }
  if (q.device && q.bands !== undefined) throw new BandfitError('E_BAD_INPUT', 'Give either a phone or bands, not both', { path: ['bands'] });
  const { country, carriers } = selectCarriers(await data.carriers(), q.country, q.carrier, { includeAll: q.includeAll === true });
  const found = q.device ? await lookupDevice(data, q.device) : undefined;
  const variant = q.variant ?? found?.variant;
  return buildCheckReport(
    { ...(found ? { device: found.device } : {}), ...(q.bands !== undefined ? { bandText: q.bands } : {}), ...(variant ? { variant } : {}) },
    { code: country.code, name: country.name },
    carriers,
  );
}

/** `where`: every country, sold there or not, and how well it works. */
export async function whereQuery(data: BandfitData, q: { device: string }): Promise<WhereResult> {
  const { device } = await lookupDevice(data, q.device);
  return buildWhereReport(device, carriersByCountry((await data.carriers()).carriers));
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
export async function phonesQuery(data: BandfitData, q: PhonesQuery): Promise<PhonesResult> {
  const { country, carriers } = selectCarriers(await data.carriers(), q.country, q.carrier);
  const currency = (q.currency ?? 'USD').toUpperCase();
  const rates = data.rates();
  if (rates.rates[currency] === undefined) {
    throw new BandfitError('E_BAD_INPUT', `No exchange rate for currency "${currency}"`, { path: ['currency'], suggestions: Object.keys(rates.rates) });
  }
  return buildPhonesReport(await data.devices(), country.code, carriers, rates, {
    currency,
    ...(q.maxPrice !== undefined ? { maxPrice: q.maxPrice } : {}),
    ...(q.minVerdict ? { minLevel: q.minVerdict } : {}),
    ...(q.sort ? { sort: q.sort } : {}),
    limit: q.limit ?? 20,
  });
}

/** One device by name or model number: an exact store match when there is exactly one, else a search of them all. */
async function lookupDevice(data: BandfitData, query: string): Promise<{ device: Device; variant?: string }> {
  const exact = (await data.exactDevices?.(query)) ?? [];
  return exact.length === 1 ? exact[0]! : findDevice(query, await data.devices());
}

async function findDevices(queries: string[], data: BandfitData): Promise<Device[]> {
  if (!queries.length) throw new BandfitError('E_BAD_INPUT', 'Name at least one phone', { path: ['devices'] });
  return Promise.all(queries.map(async (query) => (await lookupDevice(data, query)).device));
}

/** `trip`: several phones across several countries. */
export async function tripQuery(data: BandfitData, q: { devices: string[]; countries: string[] }): Promise<TripReport> {
  if (!q.countries.length) throw new BandfitError('E_BAD_INPUT', 'Name at least one country', { path: ['countries'] });
  const codes = q.countries.map((c) => getCountry(c).code);
  const devices = await findDevices(q.devices, data);
  return planTrip(devices, codes, carriersByCountry((await data.carriers()).carriers));
}

/** `compare`: phones side by side, with verdicts when a country is given. */
export async function compareQuery(data: BandfitData, q: { devices: string[]; country?: string }): Promise<CompareResult> {
  const devices = await findDevices(q.devices, data);
  if (!q.country) return buildCompareReport(devices);
  const { country, carriers } = selectCarriers(await data.carriers(), q.country);
  return buildCompareReport(devices, country.code, carriers);
}
