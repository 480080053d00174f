/**
 * bandfit as a library: the questions (`check`, `where`, `phones`, `trip`, `compare`) and the
 * lookups (`devices`, `carriers`, `countries`) are pure functions of a data snapshot and a
 * query, answered in the JSON shapes of docs/api.md; `openSnapshot()` gives the bundled data
 * without opening a database (no database driver loads until `openStore` is called). The engine underneath
 * is pure and takes its data as arguments.
 *
 * @example
 * import { check, openSnapshot } from 'bandfit';
 * const answer = check(await openSnapshot(), { device: 'Xiaomi Mi 6', country: 'US' });
 *
 * @example
 * import { checkCompatibility, bandSetOf, loadCarrierCatalog } from 'bandfit';
 * const jio = loadCarrierCatalog().carriers.find((c) => c.id === 'in-jio')!;
 * checkCompatibility({ bands: bandSetOf(['B3', 'B5', 'B40']) }, jio).level; // 'full'
 *
 * @example
 * import { levelMatrix, loadCarrierCatalog, loadStarterDevices } from 'bandfit';
 * const m = levelMatrix((await loadStarterDevices()).flatMap((d) => d.variants), loadCarrierCatalog().carriers);
 * m.level(0, 0); // the first variant on the first carrier
 */
export { BandfitError, isBandfitError, type ErrorCode, type ErrorDetails } from './errors.js';
export type { BandInfo, Duplex, Tech } from './bands/types.js';
export { BANDS, bandByNumber, bandLabel, findBand, getBand } from './bands/registry.js';
export { bandIds, bandSetOf, type BandSet } from './bands/band-set.js';
export { parseDeviceBandFields, parseDeviceBandText } from './bands/parse-device-bands.js';
export { parseCarrierBands } from './bands/parse-carrier-bands.js';
export type * from './catalog/types.js';
export { loadCarrierCatalog, carriersInCountry, findCarriers, getCarrier, type CarrierCatalog } from './catalog/carrier-catalog.js';
export { COUNTRIES, findCountry, getCountry, type Country } from './catalog/countries.js';
export { loadStarterDevices } from './catalog/starter-devices.js';
export { searchDevices } from './catalog/device-search.js';
export { resolveDevice } from './catalog/resolve-device.js';
export { checkCompatibility } from './engine/check-compatibility.js';
export type { JudgedVerdict } from './engine/judged-verdict.js';
export { levelMatrix, type LevelMatrix } from './engine/level-matrix.js';
export type { Level, Reason, ReasonCode, Verdict, TechVerdict, PhoneProfile } from './engine/types.js';
export { whereItWorks } from './engine/where-it-works.js';
export { rankPhones } from './engine/rank-phones.js';
export { planTrip } from './engine/plan-trip.js';
export { openStoreOnDemand as openStore } from './store/open-store-on-demand.js';
export type { OpenStoreOptions } from './store/open-store.js';
export type { Store } from './store/store.js';
export {
  checkQuery as check,
  whereQuery as where,
  tripQuery as trip,
  compareQuery as compare,
  type CheckQuery,
  type WhereQuery,
} from './service/queries.js';
export { phonesQuery as phones, type PhonesQuery } from './service/phones-query.js';
export { devicesQuery as devices, type DevicesQuery, type DevicesResult, type DeviceSummary } from './service/devices-query.js';
export { carriersQuery as carriers, type CarriersResult } from './service/carriers-query.js';
export { countriesQuery as countries, type CountriesResult, type CountryRow } from './service/countries-query.js';
export type { CheckReport } from './service/check-report.js';
export type { WhereResult } from './service/where-report.js';
export type { PhonesResult } from './service/phones-report.js';
export type { CompareResult } from './service/compare-report.js';
export type { TripReport } from './engine/plan-trip.js';
export { openSnapshot, type OpenSnapshotOptions } from './service/open-snapshot.js';
export { createSnapshot, type Snapshot, type SnapshotParts } from './service/snapshot.js';
export { storeSnapshots, type SnapshotSource } from './service/snapshot-source.js';
