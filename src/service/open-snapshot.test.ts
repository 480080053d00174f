import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { fixtureDevice } from '../store/test-support/store-fixtures.js';
import { openSnapshot } from './open-snapshot.js';
import { checkQuery } from './queries.js';

describe('openSnapshot', () => {
  it('answers from the bundled catalogs without opening a database', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bandfit-snap-')), 'never.db');
    const before = process.env.BANDFIT_DB;
    process.env.BANDFIT_DB = file;
    try {
      const snapshot = await openSnapshot();
      expect(snapshot.devices.some((d) => d.id === 'xiaomi-mi-6')).toBe(true);
      expect(checkQuery(snapshot, { device: 'MCE16', country: 'CN' }).results[0]?.level).toBe('full');
      expect(existsSync(file)).toBe(false);
    } finally {
      if (before === undefined) delete process.env.BANDFIT_DB;
      else process.env.BANDFIT_DB = before;
    }
  });

  it('answers from a store when given one, imported phones included', async () => {
    const phone = fixtureDevice('fixture-snap');
    const store = await openStore({ file: ':memory:', starter: { devices: [], version: 'empty' } });
    try {
      await store.upsertDevices([phone], { origin: 'import' });
      const snapshot = await openSnapshot({ store });
      expect(snapshot.devices.map((d) => d.id)).toEqual([phone.id]);
    } finally {
      await store.close();
    }
  });
});
