import { describe, expect, it } from 'vitest';
import { loadCarrierCatalog } from '../catalog/carrier-catalog.js';
import { thrown } from '../../test/support/thrown.js';
import { selectCarriers } from './select-carriers.js';

const catalog = loadCarrierCatalog();
const ids = (country: string | undefined, carrier: string) => {
  const picked = selectCarriers(catalog, country, carrier);
  return [picked.country.code, picked.carriers.map((c) => c.id)];
};

describe('selectCarriers', () => {
  it('takes an MCC-MNC with or without a dash, and needs no country for it (the MCC names it)', () => {
    expect(ids(undefined, '310260')).toEqual(['US', ['us-t-mobile']]);
    expect(ids(undefined, '310-260')).toEqual(['US', ['us-t-mobile']]);
    expect(ids(undefined, '26201')).toEqual(['DE', ['de-telekom']]);
    expect(ids('DE', '26201')).toEqual(['DE', ['de-telekom']]);
    expect(ids('Germany', '262-01')).toEqual(['DE', ['de-telekom']]);
  });

  it('an MCC-MNC nobody has is unknown; no country and a name is bad usage', () => {
    expect(thrown(() => selectCarriers(catalog, undefined, '99999')).code).toBe('E_UNKNOWN_CARRIER');
    expect(thrown(() => selectCarriers(catalog, 'US', '26201')).code).toBe('E_UNKNOWN_CARRIER');
    expect(thrown(() => selectCarriers(catalog, undefined, 'T-Mobile')).code).toBe('E_BAD_INPUT');
  });

  it('asks back a name that fits several carriers instead of answering for them', () => {
    const error = thrown(() => selectCarriers(catalog, 'US', 'Cellular'));
    expect(error.code).toBe('E_AMBIGUOUS_CARRIER');
    expect(error.message).toMatch(/^"Cellular" fits \d+ carriers in United States of America: /);
    const candidates = error.details.candidates as { id: string }[];
    expect(candidates.map((c) => c.id)).toEqual(expect.arrayContaining(['us-u-s-cellular', 'us-consumer-cellular']));
    expect(ids('US', 'U.S. Cellular')).toEqual(['US', ['us-u-s-cellular']]);
    expect(ids('US', 'consumer cellular')).toEqual(['US', ['us-consumer-cellular']]);
  });
});
