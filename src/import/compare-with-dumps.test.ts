import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Device } from '../catalog/types.js';
import { compareWithDumps } from './compare-with-dumps.js';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const TIDY = join(import.meta.dirname, '../../../shared/data/gsmarena-1997808-2023/data_tidy_2.csv');

describe('compareWithDumps', () => {
  it('lists the bands a curated variant and the dump row disagree on', async () => {
    const lines = readFileSync(TIDY, 'utf8').split('\n');
    const file = join(mkdtempSync(join(tmpdir(), 'bandfit-compare-')), 'data_tidy_2.csv');
    writeFileSync(file, [lines[0], lines.find((l) => l.startsWith('Xiaomi Mi 6,'))].join('\n'));
    // Fixture record: the dump row's Mi 6 bands minus B41, plus TD34.
    const curated: Device = {
      id: 'xiaomi-mi-6',
      brand: 'Xiaomi',
      name: 'Mi 6',
      variants: [{ id: 'xiaomi-mi-6-cn', label: 'China', bands: ['GSM850', 'GSM900', 'GSM1800', 'GSM1900', 'U1', 'U2', 'U5', 'U8', 'TD34', 'B1', 'B3', 'B5', 'B7', 'B8', 'B38', 'B39', 'B40'] }],
      sources: [{ title: 'test fixture' }],
      checked: '2026-01-01',
    };
    const { compared, disagreements } = await compareWithDumps([curated], [file]);
    expect(compared).toBe(1);
    expect(disagreements).toEqual([
      { deviceId: 'xiaomi-mi-6', dumpRow: 'data_tidy_2.csv line 2: Xiaomi Mi 6', variantId: 'xiaomi-mi-6-cn', onlyInDump: ['B41'], onlyInCurated: ['TD34'] },
    ]);
  });
});
