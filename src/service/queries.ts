import type { Device } from '../catalog/types.js';
import { planTrip, type TripReport } from '../engine/plan-trip.js';
import { BandfitError } from '../errors.js';
import type { Snapshot } from './snapshot.js';
import { buildCheckReport, type CheckReport } from './check-report.js';
import type { PhoneInput } from './check-service.js';
import { buildCompareReport, type CompareResult } from './compare-report.js';
import { chooseVariant } from './choose-variant.js';
import { findDevice } from './find-device.js';
import { filterCountries } from './filter-countries.js';
import { selectCarriers } from './select-carriers.js';
import { buildWhereReport, carriersByCountry, type WhereResult } from './where-report.js';
import { getCountry } from '../catalog/countries.js';
import { identifyPhone, type PhoneIdentification } from './identify-phone.js';
import { asOfDate } from './as-of-date.js';
import { atMost, MAX_COUNTRIES, MAX_DEVICES } from './query-limits.js';
import type { CheckParams, CompareParams, TripParams, WhereParams } from './query-schemas.js';

/** The phone a question names: by name or model number, or by IMEI (with the table row that identified it). */
function namedPhone(data: Snapshot, q: { device?: string; imei?: string; variant?: string }): { device: Device; variant?: string; identified?: PhoneIdentification } {
  if (q.device && q.imei) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'phone-and-imei', parameter: 'imei' });
  if (!q.imei) return findDevice(q.device ?? '', data.devices);
  const found = identifyPhone(data.devices, (tac) => data.tacs.find(tac), q.imei, q.variant);
  return { device: found.device, ...(found.variant ? { variant: found.variant.id } : {}), identified: found.identification };
}

/** The parameters of `check`: a phone (`device`, `imei` or `bands`), the country or carrier, the day. */
export type CheckQuery = CheckParams;

/** `check`: one phone on the carriers of one country. */
export function checkQuery(data: Snapshot, q: CheckQuery): CheckReport {
  if (!q.device && !q.imei && q.bands === undefined) {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'no-phone-or-bands', parameter: 'device' });
  }
  if ((q.device || q.imei) && q.bands !== undefined) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'phone-and-bands', parameter: 'bands' });
  const asOf = asOfDate(data, q.asOf);
  const { country, carriers } = selectCarriers(data.carriers, q.country, q.carrier, { includeAll: q.includeAll === true });
  const found = q.device || q.imei ? namedPhone(data, q) : undefined;
  const variant = q.variant ?? found?.variant;
  const phone: PhoneInput = {};
  if (found) phone.device = found.device;
  if (q.bands !== undefined) phone.bandText = q.bands;
  if (variant) phone.variant = variant;
  const report = buildCheckReport(
    phone,
    { code: country.code, name: country.name },
    carriers,
    asOf,
  );
  return found?.identified ? { ...report, identified: found.identified } : report;
}

/** The parameters of `where`, with the countries as a list (`where --country DE,JP` and `country=DE,JP` split). */
export type WhereQuery = Omit<WhereParams, 'country'> & { countries?: string[] };

/** `where`: every country (or the ones asked), sold there or not, and how well it works. */
export function whereQuery(data: Snapshot, q: WhereQuery): WhereResult {
  const asOf = asOfDate(data, q.asOf);
  if (!q.device && !q.imei) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'no-phone', parameter: 'device' });
  atMost(q.countries?.length ?? 0, MAX_COUNTRIES, 'country', 'countries');
  const found = namedPhone(data, q);
  const device = found.identified && found.variant ? { ...found.device, variants: [chooseVariant(found.device, undefined, found.variant)] } : found.device;
  const report = filterCountries(buildWhereReport(device, carriersByCountry(data.carriers.carriers), asOf), q.countries);
  return found.identified ? { ...report, identified: found.identified } : report;
}

function findDevices(queries: string[], data: Snapshot): Device[] {
  if (!queries.length) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'no-phones', parameter: 'devices' });
  return queries.map((query) => findDevice(query, data.devices).device);
}

/** The parameters of `trip`: phones by name (`devices`) or IMEI, judged in `countries`. */
export type TripQuery = TripParams;

/**
 * `trip`: several phones across several countries. A phone named by model number (`A3090`), or
 * with `variant`, is judged as that variant; otherwise as its best variant for the whole trip.
 */
export function tripQuery(data: Snapshot, q: TripQuery): TripReport & { asOf: string; identified?: PhoneIdentification[] } {
  const asOf = asOfDate(data, q.asOf);
  if (!q.countries.length) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'no-countries', parameter: 'countries' });
  atMost(q.countries.length, MAX_COUNTRIES, 'countries', 'countries per trip');
  const named = q.devices ?? [];
  const imeis = q.imei ?? [];
  atMost(named.length + imeis.length, MAX_DEVICES, 'devices', 'phones per trip');
  if (!named.length && !imeis.length) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'no-phones', parameter: 'devices' });
  const codes = q.countries.map((c) => getCountry(c).code);
  const found = [...named.map((device) => namedPhone(data, { device })), ...imeis.map((imei) => namedPhone(data, { imei, ...(q.variant ? { variant: q.variant } : {}) }))];
  const devices = found.map((phone) => {
    const wanted = q.variant ?? phone.variant;
    return wanted ? { ...phone.device, variants: [chooseVariant(phone.device, undefined, wanted)] } : phone.device;
  });
  const report = { asOf, ...planTrip(devices, codes, carriersByCountry(data.carriers.carriers), asOf) };
  const identified = found.flatMap((phone) => (phone.identified ? [phone.identified] : []));
  return identified.length ? { ...report, identified } : report;
}

/** The parameters of `compare`: the phones, and a country for verdicts. */
export type CompareQuery = CompareParams;

/** `compare`: phones side by side, with verdicts when a country is given. */
export function compareQuery(data: Snapshot, q: CompareQuery): CompareResult {
  const asOf = asOfDate(data, q.asOf);
  atMost(q.devices.length, MAX_DEVICES, 'devices', 'phones per comparison');
  const devices = findDevices(q.devices, data);
  if (!q.country) return buildCompareReport(devices, asOf);
  const { country, carriers } = selectCarriers(data.carriers, q.country);
  return buildCompareReport(devices, asOf, country.code, carriers);
}
