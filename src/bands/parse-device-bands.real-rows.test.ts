import { describe, expect, it } from 'vitest';
import { BandfitError } from '../errors.js';
import { parseDeviceBandFields } from './parse-device-bands.js';

// The spec-sheet text forms one by one are in parse-device-bands.test.ts; these are whole rows.
const GSM4 = 'GSM850 GSM900 GSM1800 GSM1900';
const HSPA5 = 'U1 U2 U4 U5 U8';

/**
 * Real rows: `tidy` is data_tidy_2.csv (gsmarena-1997808-2023), `foykes` is
 * gsm_arena_2021_decoded.csv (gsmarena-foykes-2021), columns 2G/3G/4G/5G bands as gsm/umts/lte/nr.
 * Each expectation was checked by hand against the row text.
 */
const REAL_ROWS: [string, Record<string, string>, string | null, string, string[]][] = [
  ['tidy Apple iPhone 15 Pro Max', {
    gsm: 'GSM 850 / 900 / 1800 / 1900 - SIM 1 & SIM 2 (dual-SIM)', umts: 'HSDPA 850 / 900 / 1700(AWS) / 1900 / 2100 ',
    lte: '1, 2, 3, 4, 5, 7, 8, 12, 13, 17, 18, 19, 20, 25, 26, 28, 30, 32, 34, 38, 39, 40, 41, 42, 46, 48, 53, 66 - A3106',
    nr: '1, 2, 3, 5, 7, 8, 12, 20, 25, 26, 28, 30, 38, 40, 41, 48, 53, 66, 70, 77, 78, 79 SA/NSA/Sub6 - A3106',
  }, 'A3106', `${GSM4} ${HSPA5} B1 B2 B3 B4 B5 B7 B8 B12 B13 B17 B18 B19 B20 B25 B26 B28 B30 B32 B34 B38 B39 B40 B41 B42 B46 B48 B53 B66 n1 n2 n3 n5 n7 n8 n12 n20 n25 n26 n28 n30 n38 n40 n41 n48 n53 n66 n70 n77 n78 n79`, []],
  ['tidy Samsung Galaxy S23 Ultra', {
    gsm: 'GSM 850 / 900 / 1800 / 1900 - SIM 1 & SIM 2 (Dual SIM model only)', umts: 'HSDPA 850 / 900 / 1700(AWS) / 1900 / 2100 ',
    lte: '1, 2, 3, 4, 5, 7, 8, 12, 13, 17, 18, 19, 20, 25, 26, 28, 32, 38, 39, 40, 41, 66 - International',
    nr: '1, 2, 3, 5, 7, 8, 12, 20, 25, 28, 38, 40, 41, 66, 75, 77, 78 SA/NSA/Sub6 - International',
  }, 'International', `${GSM4} ${HSPA5} B1 B2 B3 B4 B5 B7 B8 B12 B13 B17 B18 B19 B20 B25 B26 B28 B32 B38 B39 B40 B41 B66 n1 n2 n3 n5 n7 n8 n12 n20 n25 n28 n38 n40 n41 n66 n75 n77 n78`, []],
  ['tidy Honor 90', {
    gsm: 'GSM 850 / 900 / 1800 / 1900 - SIM 1 & SIM 2', umts: 'HSDPA 800 / 850 / 900 / 1700(AWS) / 1900 / 2100 ',
    lte: '1, 3, 4, 5, 8, 19, 28, 34, 38, 39, 40, 41', nr: '1, 5, 8, 28, 41, 77, 78 SA/NSA',
  }, null, `${GSM4} U1 U2 U4 U5 U6 U8 B1 B3 B4 B5 B8 B19 B28 B34 B38 B39 B40 B41 n1 n5 n8 n28 n41 n77 n78`, []],
  ['tidy Apple Watch Ultra 2', {
    gsm: 'GSM 850 / 900 / 1800 / 1900 ', umts: 'HSDPA 850 / 900 / 1700(AWS) / 1900 / 2100 - International, China, HK',
    lte: '1, 2, 3, 4, 5, 6, 7, 8, 18, 19, 20, 25, 26, 28, 39, 40, 41, 66 - International, China, HK',
  }, 'International, China, HK', `${GSM4} ${HSPA5} B1 B2 B3 B4 B5 B6 B7 B8 B18 B19 B20 B25 B26 B28 B39 B40 B41 B66`, []],
  ['tidy Motorola Moto G9 Plus', {
    umts: 'HSDPA 850 / 900 / 1700(AWS) / 1900 / 2100 ', lte: '1, 2, 3, 4, 5, 7, 8, 12, 17, 28, 66 Brazil',
  }, 'Brazil', `${HSPA5} B1 B2 B3 B4 B5 B7 B8 B12 B17 B28 B66`, []],
  ['tidy Acer Liquid X2', {
    umts: 'HSDPA 900 / 1900 / 2100 - Europe, Taiwan', lte: ' LTE 800 / 1800 / 2100 / 2600 - Europe',
  }, 'Europe, Taiwan / Europe', 'U1 U2 U8 B1 B3 B7', ['800']],
  ['tidy Allview P6 Pro', { lte: ' LTE 900 / 1800 / 2100 / 2600 TD-LTE 2600' }, null, 'B1 B3 B7 B8 B38', []],
  ['tidy XOLO Black 1X', { umts: 'HSDPA 900 / 2100 ', lte: ' LTE 1800 TD-LTE 2300' }, null, 'U1 U8 B3 B40', []],
  ['tidy Motorola A1800', { gsm: 'GSM 900 / 1800 / 1900 / CDMA 800' }, null, 'GSM900 GSM1800 GSM1900 BC0', []],
  ['tidy HTC One SV CDMA', {
    gsm: 'CDMA 800 / 1700 / 1900 / 2100 ', umts: 'CDMA2000 1xEV-DO ', lte: '2, 4, 12 - Boost Mobile',
  }, 'Boost Mobile', 'BC0 BC1 BC15 B2 B4 B12', []],
  ['tidy Motorola Z6c', { gsm: 'GSM 900 / 1800 ', umts: ' CDMA 1xEVDO (800 / 1900 MHz)' }, null, 'GSM900 GSM1800 BC0 BC1', []],
  ['tidy Infinix Hot 20', { lte: '1, 2, 3, 4, 5, 7, 8, 20, 28A, 28, 38, 40, 41' }, null, 'B1 B2 B3 B4 B5 B7 B8 B20 B28 B38 B40 B41', []],
  ['tidy Microsoft Surface Duo', { lte: '1, 2, 3, 4, 5, 7, 8, 12, 13, 14, 19 20, 25, 26, 28, 29, 30, 38, 39, 40, 41, 46, 66' },
    null, 'B1 B2 B3 B4 B5 B7 B8 B12 B13 B14 B19 B20 B25 B26 B28 B29 B30 B38 B39 B40 B41 B46 B66', []],
  ['tidy ZTE Star 2', { umts: 'HSDPA 850 / 900 / 1700 / 1900 / 2100 (Bands 1, 2, 4, 5, 8)', lte: '2, 4, 5, 7, 12, 17' },
    null, `${HSPA5} B2 B4 B5 B7 B12 B17`, []],
  ['tidy Lenovo Vibe C', { lte: '1, 3, 4, 5, 7, 8, 20, 38, B40, B41' }, null, 'B1 B3 B4 B5 B7 B8 B20 B38 B40 B41', []],
  ['tidy Tecno Camon iACE2', { umts: 'HSDPA 2100 ', lte: ' 1,3,5,40' }, null, 'U1 B1 B3 B5 B40', []],
  ['tidy Yezz Andy A5 1GB', { umts: 'HSDPA 850 / 900 / 2100 SIM 1 or SIM 2' }, null, 'U1 U5 U8', []],
  ['tidy Google Pixel 4a 5G', { nr: '1, 2, 3, 5, 7, 8, 12, 28, 41, 66, 71, 77, 78 Sub6, mmWave (market dependant)' },
    null, 'n1 n2 n3 n5 n7 n8 n12 n28 n41 n66 n71 n77 n78', []],
  ['tidy Google Pixel 7 (GSMArena lists LTE-only numbers as 5G)', {
    nr: '1, 2, 3, 4, 5, 7, 8, 12, 13, 14, 17, 18, 19, 20, 25, 26, 28, 29, 30, 38, 40, 41, 46, 48, 66, 71, 260, 261 SA/NSA/Sub6/mmWave - GQML3',
  }, 'GQML3', 'n1 n2 n3 n5 n7 n8 n12 n13 n14 n18 n20 n25 n26 n28 n29 n30 n38 n40 n41 n46 n48 n66 n71 n260 n261', ['4', '17', '19']],
  ['tidy Micromax A52 (no GSM 2100 band exists)', { gsm: 'GSM 900 / 1800 / 2100 - SIM 1 & SIM 2' }, null, 'GSM900 GSM1800', ['2100']],
  ['foykes Samsung Galaxy S20 Ultra 5G', {
    lte: '1, 2, 3, 4, 5, 7, 8, 12, 13, 17, 18, 19, 20, 25, 26, 28, 32, 38, 39, 40, 41, 66 - SM-G988B',
    nr: '1, 3, 5, 7, 8, 28, 40, 77, 78 SA/NSA/Sub6 - SM-G988B',
  }, 'SM-G988B', 'B1 B2 B3 B4 B5 B7 B8 B12 B13 B17 B18 B19 B20 B25 B26 B28 B32 B38 B39 B40 B41 B66 n1 n3 n5 n7 n8 n28 n40 n77 n78', []],
];

describe('parseDeviceBandFields: real GSMArena rows', () => {
  it.each(REAL_ROWS)('%s', (_row, fields, label, bands, unread) => {
    const parse = parseDeviceBandFields(fields);
    expect(parse.variants).toHaveLength(1);
    expect(parse.variants[0]!.label).toBe(label);
    expect(parse.variants[0]!.bands).toEqual(bands.split(' '));
    expect(parse.unread.map((u) => u.text)).toEqual(unread);
  });

  it('tidy Acer Liquid Z6: named technologies without bands', () => {
    const parse = parseDeviceBandFields({ gsm: 'GSM 850 / 900 / 1800 / 1900 - SIM 1 & SIM 2 (dual-SIM model only)', umts: ' HSDPA', lte: ' LTE (unspecified)' });
    expect(parse).toEqual({ variants: [{ label: null, bands: GSM4.split(' '), unlistedTechs: ['UMTS', 'LTE'] }], unread: [] });
  });

  it('tidy Asus Pegasus and Honor Magic: TD-SCDMA named without bands', () => {
    expect(parseDeviceBandFields({ umts: ' TD-SCDMA', lte: '38, 39, 40' }).variants[0]!.unlistedTechs).toEqual(['TDSCDMA']);
    const magic = parseDeviceBandFields({ umts: 'HSDPA 800 / 850 / 900 / 1700(AWS) / 1800 / 1900 / 2100 & TD-SCDMA' });
    expect(magic.variants).toEqual([{ label: null, bands: ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U8'], unlistedTechs: ['TDSCDMA'] }]);
  });

  it('5G rows with modes only (data_tidy_2.csv " SA/NSA") say 5G is there', () => {
    expect(parseDeviceBandFields({ nr: ' SA/NSA' }).variants).toEqual([
      { label: null, bands: [], nrModes: ['SA', 'NSA'], unlistedTechs: ['NR'] },
    ]);
  });

  it('reports unread parts with their field, and N/A means no bands', () => {
    const parse = parseDeviceBandFields({ gsm: ' N/A', umts: 'HSDPA 850 / 900 / 1900 / 2100 / 700', lte: '1, 99' });
    expect(parse.variants).toEqual([{ label: null, bands: ['U1', 'U2', 'U5', 'U8', 'B1'] }]);
    expect(parse.unread.map((u) => [u.field, u.text])).toEqual([['umts', '700'], ['lte', '99']]);
    expect(parseDeviceBandFields({})).toEqual({ variants: [], unread: [] });
  });

  it('rejects a field that is not a string', () => {
    expect(() => parseDeviceBandFields({ lte: 3 as unknown as string })).toThrowError(BandfitError);
  });
});
