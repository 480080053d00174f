import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookupTac, parseOsmocomTacs, parseSamsungTacs } from './tac-table.js';

const DIR = join(import.meta.dirname, '../../../shared/data/tac');
const present = existsSync(DIR);
if (!present) console.log(`skipped: ${DIR} is missing`);

describe('TAC tables', () => {
  it('reads the Osmocom layout and says which line identified the phone', () => {
    const text = 'Osmocom TAC database under CC-BY-SA v3.0\ntac,name,name,contributor\n35675904,Oppo,N1,K\nbad,x,y\n';
    const rows = parseOsmocomTacs(text, 'user.csv');
    expect(rows).toEqual([{ tac: '35675904', brand: 'Oppo', models: ['N1'], row: 'user.csv line 3' }]);
  });
  it('reads the Samsung layout with a BOM and several model codes', () => {
    const rows = parseSamsungTacs('\uFEFFtac,model,model2\n35000001,SM-S928U,SM-S928U1\n', 's.csv');
    expect(lookupTac([[], rows], '35000001')).toEqual({ tac: '35000001', brand: 'Samsung', models: ['SM-S928U', 'SM-S928U1'], row: 's.csv line 2' });
    expect(lookupTac([rows], '99999999')).toBeUndefined();
  });
  it.skipIf(!present)('reads the shared tables whole', () => {
    const osmo = parseOsmocomTacs(readFileSync(join(DIR, 'osmocom-tacdb.csv'), 'utf8'), 'osmocom-tacdb.csv');
    const sam = parseSamsungTacs(readFileSync(join(DIR, 'samsung-tacs.csv'), 'utf8'), 'samsung-tacs.csv');
    expect(osmo.length).toBeGreaterThan(20000);
    expect(sam.length).toBeGreaterThan(8000);
    expect(lookupTac([osmo], '35675904')?.brand).toBe('Oppo');
  });
});
