import { describe, expect, it } from 'vitest';
import { deriveCarriers } from './derive-carriers.js';
import { resolveCarriers } from './resolve-carriers.js';
import type { Carrier, CuratedCarrier } from './types.js';

// A derived twin that says every technology is live, against a curated record that says otherwise:
// for each field both can give, the curated value is the one the engine sees.
const source = [{ title: 'Test source', ref: 'row 1' }];
const curated: CuratedCarrier = {
  id: 'cn-china-mobile', country: 'CN', name: 'China Mobile', mccmnc: ['460-00'], kind: 'mno',
  lte: [{ band: 'B39', layer: 'coverage' }], nr: [{ band: 'n41', layer: 'capacity' }],
  gsm: { state: 'off', date: '2025-12-31' }, umts: { state: 'off', source: 'curated' }, cdma: { state: 'none' },
  nrSa: true, volteRequired: true, sources: source, checked: '2026-10-02',
};
const derived = deriveCarriers([
  { countryCode: 'CN', mcc: '460', mnc: '00', brand: 'China Mobile', operator: 'China Mobile', status: 'Operational',
    bands: 'GSM 900 / GSM 1800 / UMTS 2100 / TD-SCDMA 1900 / TD-SCDMA 2000 / LTE 1800 / CDMA2000 800', notes: null },
], { asOf: '2026-11-23', curated: [curated] });
const twin = derived.find((c) => c.id === 'cn-china-mobile')!;
const resolved = resolveCarriers([curated], derived).find((c) => c.id === 'cn-china-mobile')!;

describe('curated beats derived in the merge', () => {
  it('the derived twin really gives other values (else these tests prove nothing)', () => {
    expect(twin.tdscdma.state).toBe('active');
    expect(twin.gsm.state).toBe('active');
    expect(twin.umts.state).toBe('active');
    expect(twin.lte.map((b) => b.band)).toContain('B3');
  });
  it('3G off in the curated record turns TD-SCDMA off too (China Mobile)', () => {
    expect(resolved.tdscdma.state).toBe('off');
    expect(resolved.umts.state).toBe('off');
  });
  it('GSM, CDMA, LTE, NR, name, SA and VoLTE come from the curated record', () => {
    expect(resolved.gsm).toEqual({ state: 'off', date: '2025-12-31' });
    expect(resolved.cdma).toEqual({ state: 'none' });
    expect(resolved.lte).toEqual(curated.lte);
    expect(resolved.nr).toEqual(curated.nr);
    expect(resolved.name).toBe('China Mobile');
    expect(resolved.nrSa).toBe(true);
    expect(resolved.volteRequired).toBe(true);
    expect(resolved.origin).toBe('curated');
    expect(resolved.checked).toBe('2026-10-02');
  });
  it('a curated record that says nothing of 3G keeps the derived TD-SCDMA status', () => {
    const { umts: _umts, ...silent } = curated;
    const merged = resolveCarriers([silent], derived).find((c) => c.id === 'cn-china-mobile')!;
    expect(merged.tdscdma.state).toBe('active');
  });
});


/**
 * Curated beats derived, field by field: a curated record that sets every field it can, against
 * a derived twin (same id, as `deriveCarriers` would give it) that says something else in every
 * field. `Required<CuratedCarrier>` makes the typecheck fail when a field is added to the schema
 * without a row here, and the last test fails when a row is missing at run time.
 */
const full: Required<CuratedCarrier> = {
  id: 'xx-net', country: 'XX', name: 'Curated Net', aliases: ['CN Brand'], mccmnc: ['001-01'], territories: ['YY'],
  kind: 'mno', host: 'unused-for-an-mno',
  lte: [{ band: 'B20', layer: 'coverage', confidence: 'x' }, { band: 'B3', layer: 'capacity', confidence: 'x' }],
  nr: [{ band: 'n78', layer: 'capacity', confidence: 's' }],
  gsm: { state: 'off', date: '2024-06-30', source: 'curated gsm' },
  umts: { state: 'off', date: '2025-01', source: 'curated umts' },
  cdma: { state: 'none', source: 'curated cdma' },
  nrSa: true, nrModes: ['SA'], volteRequired: true,
  certifiedDevicesOnly: { restricts: 'volte', network: 'xx-net', source: { title: 'Curated Net device list' } },
  nationalRoaming: { network: 'xx-host', source: { title: 'Roaming deal' } },
  sharePercent: 40,
  sources: [{ title: 'Curated source', url: 'https://example.org/curated', checked: '2026-11-01' }],
  checked: '2026-11-01', notes: 'curated notes',
};
const fullTwin: Carrier = {
  id: 'xx-net', country: 'ZZ', name: 'Derived Net', aliases: ['Derived Brand'], mccmnc: ['001-02'], territories: ['WW'],
  kind: 'mvno', origin: 'derived',
  lte: [{ band: 'B1', layer: 'capacity', confidence: 's' }, { band: 'B8', layer: 'coverage', confidence: 's' }],
  nr: [{ band: 'n1', layer: 'capacity', confidence: 's' }],
  gsm: { state: 'active', bands: ['GSM900'] }, umts: { state: 'active', bands: ['U1'] },
  tdscdma: { state: 'active', bands: ['TD34'] }, cdma: { state: 'active', bands: ['BC0'] },
  nrSa: false, nrModes: ['NSA'], volteRequired: false,
  certifiedDevicesOnly: { restricts: 'activation', network: 'zz', source: { title: 'derived' } },
  sources: [{ title: 'mcc-mnc-list 1.1.11', ref: 'MCC-MNC 001-02' }], notes: 'derived notes', unread: ['LTE 9999'],
};
// The network it roams onto knows nothing the record does not, so every row below still holds.
const host: CuratedCarrier = { id: 'xx-host', country: 'XX', name: 'Host', kind: 'mno', sources: full.sources, checked: '2026-11-01' };
const merged = resolveCarriers([full, host], [fullTwin]).find((c) => c.id === 'xx-net')!;

/** What the engine sees for each field the curated record sets. */
const FIELDS: Record<keyof CuratedCarrier, () => void> = {
  id: () => expect(merged.id).toBe('xx-net'),
  country: () => expect(merged.country).toBe('XX'),
  name: () => expect(merged.name).toBe('Curated Net'),
  // Names and codes of both are kept (so a user finds the network by either), the curated ones first.
  aliases: () => expect(merged.aliases).toEqual(['CN Brand', 'Derived Net', 'Derived Brand']),
  mccmnc: () => expect(merged.mccmnc).toEqual(['001-01', '001-02']),
  territories: () => expect(merged.territories).toEqual(['WW', 'YY']),
  kind: () => expect(merged.kind).toBe('mno'),
  // An MNO has no host, whatever the record says; the MVNO case is below.
  host: () => expect(merged.host).toBeUndefined(),
  lte: () => expect(merged.lte).toEqual(full.lte),
  nr: () => expect(merged.nr).toEqual(full.nr),
  gsm: () => expect(merged.gsm).toEqual(full.gsm),
  // A curated 3G that is off turns the derived TD-SCDMA off too (the curated record has no TD-SCDMA field).
  umts: () => {
    expect(merged.umts).toEqual(full.umts);
    expect(merged.tdscdma).toMatchObject({ state: 'off', date: '2025-01' });
  },
  cdma: () => expect(merged.cdma).toEqual(full.cdma),
  nrSa: () => expect(merged.nrSa).toBe(true),
  nrModes: () => expect(merged.nrModes).toEqual(['SA']),
  volteRequired: () => expect(merged.volteRequired).toBe(true),
  certifiedDevicesOnly: () => expect(merged.certifiedDevicesOnly).toEqual(full.certifiedDevicesOnly),
  // Not carried into the engine's Carrier at all (no verdict uses it), so the fullTwin cannot override it either.
  // The build names the host on the compiled carrier, so answers can say which network it roams onto.
  nationalRoaming: () => expect(merged.nationalRoaming).toEqual({ ...full.nationalRoaming, name: 'Host' }),
  sharePercent: () => expect('sharePercent' in merged).toBe(false),
  sources: () => expect(merged.sources).toEqual([...full.sources, ...fullTwin.sources]),
  checked: () => expect(merged.checked).toBe('2026-11-01'),
  notes: () => expect(merged.notes).toBe('curated notes'),
};

describe('curated beats derived, for every field a curated record can set', () => {
  it.each(Object.entries(FIELDS))('%s', (_field, check) => check());

  it('the derived fullTwin differs in every one of those fields (else the rows prove nothing)', () => {
    for (const key of ['country', 'name', 'kind', 'lte', 'nr', 'gsm', 'umts', 'tdscdma', 'cdma', 'nrSa', 'nrModes', 'volteRequired', 'certifiedDevicesOnly', 'notes'] as const) {
      expect(fullTwin[key], key).not.toEqual((merged as unknown as Record<string, unknown>)[key]);
    }
    expect(merged.origin).toBe('curated');
    expect(merged.unread).toBeUndefined();
  });

  it('a curated MVNO takes its host\'s radio facts, not its own derived fullTwin\'s', () => {
    const mvno: CuratedCarrier = { id: 'xx-virtual', country: 'XX', name: 'Virtual', kind: 'mvno', host: 'xx-net', sources: full.sources, checked: '2026-11-01' };
    const ownTwin: Carrier = { ...fullTwin, id: 'xx-virtual', name: 'Virtual (derived)' };
    const r = resolveCarriers([full, host, mvno], [fullTwin, ownTwin]).find((c) => c.id === 'xx-virtual')!;
    expect(r).toMatchObject({ host: 'xx-net', kind: 'mvno', lte: full.lte, nr: full.nr, gsm: full.gsm, volteRequired: true });
    expect(r.aliases).toContain('Virtual (derived)');
  });

  it('has a row for every field of the curated record', () => {
    expect(Object.keys(FIELDS).sort()).toEqual(Object.keys(full).sort());
  });
});

/**
 * Curated beats derived only where the curated record knows something: a field it leaves out, or
 * a status it leaves `unknown`, keeps the derived twin's known fact, marked `from: 'mcc-mnc-list'`
 * (the twin's entry is among the merged record's sources).
 */
describe('a curated unknown never erases a derived known fact', () => {
  const silent: CuratedCarrier = {
    id: 'xx-net', country: 'XX', name: 'Curated Net', kind: 'mno', lte: full.lte,
    gsm: { state: 'unknown' }, umts: { state: 'unknown', bands: ['U1'] }, sources: full.sources, checked: '2026-11-01',
  };
  const twinOff: Carrier = {
    ...fullTwin, gsm: { state: 'off', date: '2020-09', source: 'GSM shut down Sep 2020' }, umts: { state: 'active' },
  };
  const m = resolveCarriers([silent], [twinOff]).find((c) => c.id === 'xx-net')!;
  const ROWS: Record<'gsm' | 'umts' | 'cdma' | 'tdscdma' | 'nr' | 'lte', () => void> = {
    gsm: () => expect(m.gsm).toEqual({ state: 'off', date: '2020-09', source: 'GSM shut down Sep 2020', from: 'mcc-mnc-list' }),
    // The twin knows the state and not the bands, the curated record the bands and not the state.
    umts: () => expect(m.umts).toEqual({ state: 'active', bands: ['U1'], from: 'mcc-mnc-list' }),
    cdma: () => expect(m.cdma).toEqual({ state: 'active', bands: ['BC0'], from: 'mcc-mnc-list' }),
    tdscdma: () => expect(m.tdscdma).toEqual({ state: 'active', bands: ['TD34'], from: 'mcc-mnc-list' }),
    nr: () => expect(m.nr).toEqual([{ band: 'n1', layer: 'capacity', confidence: 's', from: 'mcc-mnc-list' }]),
    // A list the record gives, even without the twin's bands, is the record's.
    lte: () => expect(m.lte).toEqual(full.lte),
  };
  it.each(Object.entries(ROWS))('%s', (_field, check) => check());

  it('a record without any LTE list takes the twin\'s bands, marked', () => {
    const { lte: _lte, ...noLte } = silent;
    const r = resolveCarriers([noLte], [twinOff]).find((c) => c.id === 'xx-net')!;
    expect(r.lte.map((b) => [b.band, b.layer, b.from])).toEqual([['B1', 'capacity', 'mcc-mnc-list'], ['B8', 'coverage', 'mcc-mnc-list']]);
  });

  it('a live curated status without bands takes the twin\'s bands; its state stays', () => {
    const ending: CuratedCarrier = { ...silent, umts: { state: 'ending', source: 'curated' } };
    const r = resolveCarriers([ending], [fullTwin]).find((c) => c.id === 'xx-net')!;
    expect(r.umts).toEqual({ state: 'ending', source: 'curated', bands: ['U1'], from: 'mcc-mnc-list' });
  });

  it('a curated known status still wins over the twin\'s (off stays off, with no derived bands)', () => {
    expect(resolveCarriers([full, host], [fullTwin]).find((c) => c.id === 'xx-net')!.gsm).toEqual(full.gsm);
  });

  it('Telcel: curated GSM unknown, its mcc-mnc-list entry 334-020 says "GSM shut down Sep 2020"', () => {
    const telcel: CuratedCarrier = {
      id: 'mx-telcel', country: 'MX', name: 'Telcel', mccmnc: ['334-020'], kind: 'mno',
      lte: [{ band: 'B4', layer: 'capacity' }], gsm: { state: 'unknown' }, sources: source, checked: '2026-10-02',
    };
    const rows = deriveCarriers([{ countryCode: 'MX', mcc: '334', mnc: '020', brand: 'Telcel', operator: 'América Móvil', status: 'Operational',
      bands: 'UMTS 850 / UMTS 1900 / LTE 850 / LTE 1700 / LTE 2600 / 5G', notes: 'former Radiomóvil Dipsa; GSM shut down Sep 2020' }],
    { asOf: '2026-11-23', curated: [telcel] });
    const r = resolveCarriers([telcel], rows).find((c) => c.id === 'mx-telcel')!;
    expect(r.gsm).toMatchObject({ state: 'off', date: '2020-09', from: 'mcc-mnc-list' });
    expect(r.sources.map((s) => s.ref)).toContain('MCC-MNC 334-020');
  });
});
