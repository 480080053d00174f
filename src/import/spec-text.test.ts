import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { antutu, batteryMah, euroPrice, firstChipset, gsmarenaDate, kibToGb, memoryTiers, modelList, resolution } from './spec-text.js';

// Cell texts below are copied from gsm_arena_2021_decoded.csv (Xiaomi Mi 6, Samsung Galaxy S20)
// and data_tidy_2.csv (Xiaomi Mi 6).
describe('GSMArena spec cells', () => {
  it('reads dates as precisely as given', () => {
    expect(gsmarenaDate('2017, April')).toBe('2017-04');
    expect(gsmarenaDate('2020, February 11')).toBe('2020-02-11');
    expect(gsmarenaDate('Available. Released 2020, March 06')).toBe('2020-03-06');
    expect(gsmarenaDate('2018')).toBe('2018');
    expect(gsmarenaDate('Exp. announcement 2021')).toBeUndefined();
    expect(gsmarenaDate('Not officially announced yet')).toBeUndefined();
  });

  it('converts data_tidy_2 KiB memory to GB', () => {
    expect(kibToGb('33554432')).toEqual([32]);
    expect(kibToGb('786432')).toEqual([0.75]);
    expect(kibToGb('')).toBeUndefined();
  });

  it('splits storage and RAM tiers', () => {
    expect(memoryTiers('64GB 4GB RAM, 64GB 6GB RAM, 128GB 6GB RAM')).toEqual({ storageGb: [64, 128], ramGb: [4, 6] });
    expect(memoryTiers('4GB 512MB RAM')).toEqual({ storageGb: [4], ramGb: [0.5] });
    expect(memoryTiers('1TB 12GB RAM')).toEqual({ storageGb: [1024], ramGb: [12] });
  });

  it('reads display, battery, price, benchmark, chipset and models', () => {
    expect(resolution('1080 x 1920 pixels, 16:9 ratio (~428 ppi density)')).toBe('1080x1920');
    expect(batteryMah('Li-Po 3350 mAh, non-removable')).toBe(3350);
    expect(euroPrice('About 330 EUR')).toBe(330);
    expect(euroPrice('$ 644.99 / € 699.99 / £ 648.99')).toBe(699.99);
    expect(euroPrice('About 200 USD')).toBeUndefined();
    expect(antutu('AnTuTu: 525029 (v8) GeekBench: 12557 (v4.4)')).toEqual({ score: 525029, version: 'v8' });
    expect(firstChipset('Exynos 990 (7 nm+) - GlobalQualcomm SM8250 Snapdragon 865 (7 nm+) - USA')).toBe('Exynos 990 (7 nm+)');
    expect(modelList('SM-G980, SM-G980F, SM-G980F/DS')).toEqual(['SM-G980', 'SM-G980F', 'SM-G980F/DS']);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const read of [gsmarenaDate, kibToGb, memoryTiers, resolution, batteryMah, euroPrice, antutu, firstChipset, modelList]) read(text);
      }),
    );
  });
});
