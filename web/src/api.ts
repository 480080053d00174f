import type { CheckReport } from '../../src/service/check-report.js';
import type { PhonesResult } from '../../src/service/phones-report.js';
import type { WhereResult } from '../../src/service/where-report.js';
import type { TripReport } from '../../src/engine/plan-trip.js';
import type { Carrier } from '../../src/catalog/types.js';
import type { CarriersResult } from '../../src/service/carriers-query.js';
import type { CountriesResult, CountryRow } from '../../src/service/countries-query.js';
import type { DeviceSummary, DevicesResult } from '../../src/service/devices-query.js';
import type { TeachAnswer, TeachParams } from '../../src/service/teach-schema.js';
// The queries' parameters as their schemas type them (src/service/query-schemas.ts): types only, nothing in the bundle.
import type { CarriersParams, CheckParams, DevicesParams, PhonesParams, TripParams, WhereParams } from '../../src/service/query-schemas.js';

export type { CheckReport, PhonesResult, WhereResult, TripReport, Carrier, CheckParams, PhonesParams, CountryRow };
/** One phone in the search list (`GET /api/v1/devices`). */
export type DeviceHit = DeviceSummary;
export type { CarrierResult } from '../../src/service/check-service.js';
export type { Level, TechVerdict } from '../../src/engine/types.js';

/** An error answer of the API, as the user should read it. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly suggestions: string[] = [],
  ) {
    super(message);
  }
}

type Params = Record<string, string | number | boolean | string[] | undefined>;

function queryString(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => search.append(key, v));
    else search.set(key, String(value));
  }
  return search.toString();
}

/** GET an API route; errors become `ApiError` with the server's message and suggestions. */
export function get<T>(route: string, params: Params = {}, signal?: AbortSignal): Promise<T> {
  const qs = queryString(params);
  return send<T>(`/api/v1/${route}${qs ? `?${qs}` : ''}`, { signal: signal ?? null, headers: { accept: 'application/json' } });
}

/** POST JSON to an admin route with the admin token (docs/api.md, "Imports (admin)"). */
export function post<T>(route: string, body: unknown, token: string): Promise<T> {
  return send<T>(`/api/v1/${route}`, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
}

async function send<T>(url: string, init: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (cause) {
    if ((cause as Error).name === 'AbortError') throw cause;
    throw new ApiError(0, 'E_NETWORK', 'Cannot reach the bandfit server. Check your connection and try again.');
  }
  const body = (await res.json().catch(() => undefined)) as { error?: { code: string; message: string; suggestions?: string[] } } | undefined;
  if (!res.ok) {
    const e = body?.error;
    throw new ApiError(res.status, e?.code ?? 'E_HTTP', e?.message ?? `The server answered ${res.status}`, e?.suggestions ?? []);
  }
  return body as T;
}

export const api = {
  devices: (q: string, signal?: AbortSignal) => get<DevicesResult>('devices', { q, limit: 8 } satisfies DevicesParams, signal),
  countries: () => get<CountriesResult>('countries'),
  carriers: (country: string) => get<CarriersResult>('carriers', { country } satisfies CarriersParams),
  check: (p: CheckParams) => get<CheckReport>('check', p),
  where: (device: string) => get<WhereResult>('where', { device } satisfies WhereParams),
  phones: (p: PhonesParams) => get<PhonesResult>('phones', p),
  trip: (devices: string[], countries: string[]) => get<TripReport>('trip', { devices, countries } satisfies TripParams),
  teach: (body: TeachParams, token: string) => post<TeachAnswer>('import/phone', body, token),
};
