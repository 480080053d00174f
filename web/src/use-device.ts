import { useEffect, useState } from 'preact/hooks';
import { api, type DeviceHit } from './api.js';

/** Phones already seen (picked or looked up), by the query that named them: a link opens without a second search. */
const known = new Map<string, DeviceHit>();

export function rememberDevice(hit: DeviceHit, query = hit.id): void {
  known.set(query, hit);
  known.set(hit.id, known.get(hit.id) ?? hit);
}

/** Looks a phone up by what a link names it (id, variant id, model number or name). */
export async function lookupDevice(query: string): Promise<DeviceHit | undefined> {
  const cached = known.get(query);
  if (cached) return cached;
  const { devices } = await api.devices(query);
  const hit = devices.find((d) => d.id === query) ?? devices.find((d) => d.by === 'model' || d.by === 'name') ?? devices[0];
  if (hit) rememberDevice(hit, query);
  return hit;
}

/** The phone a route names, for the picker's text and the variant list; `undefined` until known. */
export function useDevice(query: string | null): DeviceHit | undefined {
  const [hit, setHit] = useState<DeviceHit | undefined>(query ? known.get(query) : undefined);
  useEffect(() => {
    if (!query) return setHit(undefined);
    setHit(known.get(query));
    let live = true;
    lookupDevice(query).then((h) => live && setHit(h), () => live && setHit(undefined));
    return () => {
      live = false;
    };
  }, [query]);
  return hit;
}

export const deviceName = (hit: DeviceHit | undefined): string => (hit ? `${hit.brand} ${hit.name}` : '');
