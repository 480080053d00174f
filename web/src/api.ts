import type { CheckReport } from '../../src/service/check-report.js';
import type { PhonesResult } from '../../src/service/phones-report.js';
import type { WhereResult } from '../../src/service/where-report.js';
import type { TripReport } from '../../src/engine/plan-trip.js';
import type { Carrier } from '../../src/catalog/types.js';
// The queries' parameters as their schemas type them (src/service/query-schemas.ts): types only, nothing in the bundle.
import type { CarriersParams, CheckParams, DevicesParams, PhonesParams, TripParams, WhereParams } from '../../src/service/query-schemas.js';

export type { CheckReport, PhonesResult, WhereResult, TripReport, Carrier, CheckParams, PhonesParams };
export type { CarrierResult } from '../../src/service/check-service.js';
export type { Level, TechVerdict } from '../../src/engine/types.js';

/** One phone in the search list (`GET /api/v1/devices`). */
export interface DeviceHit {
  id: string;
  brand: string;
  name: string;
  announced?: string;
  by?: 'model' | 'name' | 'name-end' | 'fuzzy' | 'family' | 'partial';
  /** The variant a model-number query named. */
  variant?: string;
  variants: { id: string; label: string; models: string[]; markets: string[] }[];
}

/** The body of `POST /api/v1/import/phone` as the teach form sends it. */
export interface TeachBody {
  name: string;
  bands: string;
  variant?: string;
  models?: string[];
  source?: string;
}

export interface CountryRow {
  code: string;
  numeric?: string;
  name: string;
  carriers: number;
  networks: number;
}

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
  devices: (q: string, signal?: AbortSignal) => get<{ devices: DeviceHit[] }>('devices', { q, limit: 8 } satisfies DevicesParams, signal),
  countries: () => get<{ countries: CountryRow[] }>('countries'),
  carriers: (country: string) => get<{ country: string; carriers: Carrier[] }>('carriers', { country } satisfies CarriersParams),
  check: (p: CheckParams) => get<CheckReport>('check', p),
  where: (device: string) => get<WhereResult>('where', { device } satisfies WhereParams),
  phones: (p: PhonesParams) => get<PhonesResult>('phones', p),
  trip: (devices: string[], countries: string[]) => get<TripReport>('trip', { devices, countries } satisfies TripParams),
  teach: (body: TeachBody, token: string) => post<{ stored: boolean; device: { id: string; brand: string; name: string } }>('import/phone', body, token),
};
