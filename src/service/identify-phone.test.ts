import { describe, expect, it } from 'vitest';
import { decodeTacCatalog, TAC_FORMAT_VERSION } from '../catalog/tac-catalog.js';
import type { Device } from '../catalog/types.js';
import { thrown } from '../../test/support/thrown.js';
import { identifyPhone } from './identify-phone.js';
import { tacLookup } from './tac-lookup.js';

/** Fixture phones (brand "Fixture", not real) with regional variants named by model codes. */
const phone: Device = {
  id: 'fixture-s1', brand: 'Fixture', name: 'S1',
  variants: [
    { id: 'fixture-s1-b', label: 'International', models: ['FX-100B'], bands: ['B3'] },
    { id: 'fixture-s1-u', label: 'USA', models: ['FX-100U', 'FX-100U1'], bands: ['B2'] },
  ],
  sources: [{ title: 'fixture' }], checked: '2026-01-01',
};
const named: Device = { ...phone, id: 'fixture-n1', name: 'N1', variants: [{ id: 'fixture-n1-g', label: 'Global', bands: ['B3'] }, { id: 'fixture-n1-c', label: 'China', bands: ['B39'] }] };
const devices = [phone, named];
const catalog = decodeTacCatalog({
  formatVersion: TAC_FORMAT_VERSION, dataVersion: 'test', licence: 'test',
  sources: [{ id: 't', file: 'fixture-tacs.csv', title: 'Fixture table', credit: 'fixture', licence: 'MIT', licenceUrl: '', origin: '', tacs: 5 }],
  rows: [
    [0, 'Fixture', ['FX-100U', 'FX-100U1'], '11111111'],
    [0, 'Fixture', ['FX-100B', 'FX-100U'], '22222222'],
    [0, 'Fixture', ['FX-100W'], '33333333'],
    [0, 'Fixture', ['N1', 'FXN-1'], '44444444'],
    [0, 'Fixture', ['FX-100U', 'FX-100W'], '55555555'],
  ],
});
const lookup = tacLookup([{ tac: '66666666', brand: 'Fixture', models: ['FX-100B'], row: 'mine.csv line 2' }], () => catalog);
const identify = (input: string, wanted?: string) => identifyPhone(devices, lookup.find, input, wanted);

describe('identifyPhone', () => {
  it('names the exact variant from the TAC row, and the row that said so', () => {
    const found = identify('11111111');
    expect(found.variant?.id).toBe('fixture-s1-u');
    expect(found.identification).toMatchObject({ tac: '11111111', row: 'fixture-tacs.csv, TAC 11111111', source: 'Fixture table (MIT)', brand: 'Fixture', model: 'FX-100U', variantIdentified: true, unmatchedCodes: [] });
  });

  it('checks the Luhn digit of a 15-digit IMEI and says what it should be', () => {
    expect(identify('11111111 000000 8').identification.imei).toBe('111111110000008');
    const error = thrown(() => identify('111111110000007'));
    expect(error.code).toBe('E_BAD_INPUT');
    expect(error.message).toContain('should be 8, not 7');
  });

  it('asks back when the TAC names two variants, unless a variant is given', () => {
    const error = thrown(() => identify('22222222'));
    expect(error.code).toBe('E_AMBIGUOUS_DEVICE');
    expect(error.message).toContain('International, FX-100B');
    expect(identify('22222222', 'USA').variant?.id).toBe('fixture-s1-u');
  });

  it('says what was identified when the catalog has no variant for the model code', () => {
    const error = thrown(() => identify('33333333'));
    expect(error.code).toBe('E_UNKNOWN_DEVICE');
    expect(error.message).toContain('TAC 33333333 names Fixture FX-100W (fixture-tacs.csv, TAC 33333333');
    expect(error.message).toContain('no variant with model code FX-100W');
    expect(error.message).toContain('bandfit devices add "Fixture FX-100W" --bands TEXT --model FX-100W');
    expect(error.details.identified).toMatchObject({ tac: '33333333', model: 'FX-100W' });
  });

  it('an unknown TAC is unknown, with the ways on', () => {
    const error = thrown(() => identify('99999999'));
    expect(error.code).toBe('E_UNKNOWN_DEVICE');
    expect(error.message).toMatch(/--bands.*devices add.*import tacs/);
  });

  it('a name-only row names the phone, not the variant; other codes are listed', () => {
    const byName = identify('44444444');
    expect(byName.device.id).toBe('fixture-n1');
    expect(byName.variant).toBeUndefined();
    expect(byName.identification.variantIdentified).toBe(false);
    const partly = identify('55555555');
    expect(partly.variant?.id).toBe('fixture-s1-u');
    expect(partly.identification.unmatchedCodes).toEqual(['FX-100W']);
  });

  it('imported rows answer first', () => {
    expect(identify('66666666').identification).toMatchObject({ row: 'mine.csv line 2', source: 'your imported TAC table' });
    expect(identify('66666666').variant?.id).toBe('fixture-s1-b');
  });
});
