import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDevice } from '../store/test-support/store-fixtures.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { buildApp } from './app.js';
import { tokenMatches } from './admin-auth.js';

const TOKEN = 'correct horse battery staple';
const stores: Promise<Store>[] = [];
function appWith(env: Record<string, string>) {
  let store: Promise<Store> | undefined;
  const open = () => (store ??= (stores.push(openStore({ env: { ...env, BANDFIT_DB: ':memory:' } })), stores.at(-1)!));
  return buildApp({ openStore: open, env });
}
afterAll(async () => {
  for (const s of stores) await (await s).close();
});

const post = (app: ReturnType<typeof buildApp>, url: string, payload: unknown, token?: string) =>
  app.inject({ method: 'POST', url, payload: payload as object, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) } });

describe('imports over HTTP', () => {
  it('are off (403) without BANDFIT_ADMIN_TOKEN, whatever is sent', async () => {
    const res = await post(appWith({}), '/api/v1/import/devices', [fixtureDevice('a')], 'anything');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('E_FORBIDDEN');
  });

  it('need the token: 401 without one, 403 with a wrong one', async () => {
    const app = appWith({ BANDFIT_ADMIN_TOKEN: TOKEN });
    const none = await post(app, '/api/v1/import/devices', [fixtureDevice('a')]);
    expect(none.statusCode).toBe(401);
    expect(none.headers['www-authenticate']).toContain('Bearer');
    expect((await post(app, '/api/v1/import/devices', [fixtureDevice('a')], 'wrong')).statusCode).toBe(403);
    expect((await post(app, '/api/v1/import/devices', [fixtureDevice('a')], `${TOKEN}x`)).statusCode).toBe(403);
  });

  it('with the token, imports devices that the search then finds, and changes the ETag', async () => {
    const app = appWith({ BANDFIT_ADMIN_TOKEN: TOKEN });
    const before = (await app.inject('/api/v1/countries')).headers.etag;
    const res = await post(app, '/api/v1/import/devices', [fixtureDevice('zq')], TOKEN);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ received: 1, inserted: 1 });
    expect((await app.inject('/api/v1/devices?q=FX-ZQ1')).json().devices[0].id).toBe('fixture-zq');
    expect((await app.inject('/api/v1/countries')).headers.etag).not.toBe(before);
  });

  it('a kept answer is replayed until an import, then computed again', async () => {
    const app = appWith({ BANDFIT_ADMIN_TOKEN: TOKEN });
    const url = '/api/v1/devices?q=FX-KP1';
    const before = await app.inject(url);
    expect(before.statusCode).toBe(200);
    const replayed = await app.inject(url);
    expect(replayed.body).toBe(before.body);
    expect(replayed.headers.etag).toBe(before.headers.etag);
    expect((await app.inject({ url, headers: { 'if-none-match': before.headers.etag as string } })).statusCode).toBe(304);
    expect((await post(app, '/api/v1/import/devices', [fixtureDevice('kp')], TOKEN)).statusCode).toBe(200);
    const after = await app.inject(url);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.json().devices.map((d: { id: string }) => d.id)).toContain('fixture-kp');
  });

  it('rejects a bad record with 400 naming the field, and writes nothing', async () => {
    const app = appWith({ BANDFIT_ADMIN_TOKEN: TOKEN });
    const bad = { ...fixtureDevice('b'), variants: [] };
    const res = await post(app, '/api/v1/import/devices', [fixtureDevice('c'), bad], TOKEN);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('variants');
    const ids = (await app.inject('/api/v1/devices?q=FX-C1')).json().devices.map((d: { id: string }) => d.id);
    expect(ids).not.toContain('fixture-c');
  });

  it('imports carrier overlays and rejects unknown bands', async () => {
    const app = appWith({ BANDFIT_ADMIN_TOKEN: TOKEN });
    const overlay = { id: 'us-verizon', country: 'US', lte: [{ band: 'B13', layer: 'coverage' }], sources: [{ title: 'test overlay' }] };
    expect((await post(app, '/api/v1/import/carriers', [overlay], TOKEN)).json()).toMatchObject({ received: 1 });
    const bad = await post(app, '/api/v1/import/carriers', [{ ...overlay, lte: [{ band: 'B999', layer: 'coverage' }] }], TOKEN);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('B999');
    // The validator every carrier source shares: a 5G band is not an LTE band, wherever it comes from.
    const wrongTech = await post(app, '/api/v1/import/carriers', [overlay, { ...overlay, lte: [{ band: 'n78', layer: 'coverage' }] }], TOKEN);
    expect(wrongTech.json().error.message).toBe('Body field "1.lte.0.band": lte[0] band "n78" is not a LTE band of the registry');
  });

  it('answers 413 to a body over the limit and 400 to one that is not JSON', async () => {
    const app = appWith({ BANDFIT_ADMIN_TOKEN: TOKEN });
    const huge = `[${JSON.stringify('x'.repeat(5 * 1024 * 1024))}]`;
    const res = await app.inject({ method: 'POST', url: '/api/v1/import/devices', payload: huge, headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('E_BAD_INPUT');
    const junk = await app.inject({ method: 'POST', url: '/api/v1/import/devices', payload: '[{', headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` } });
    expect(junk.statusCode).toBe(400);
  });

  it('compares tokens of any length', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches('', TOKEN)).toBe(false);
    expect(tokenMatches(TOKEN.repeat(10), TOKEN)).toBe(false);
  });
});
