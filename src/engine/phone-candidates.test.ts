import { describe, expect, it } from 'vitest';
import type { Device, Variant } from '../catalog/types.js';
import { candidateVariants, variantsMeantFor } from './phone-candidates.js';

const variant = (id: string, label: string, extra: Partial<Variant> = {}): Variant => ({ id, label, bands: ['B1', 'B3'], ...extra }) as Variant;
const device = (variants: Variant[], markets: string[] = []): Device =>
  ({ id: 'phone', brand: 'Brand', name: 'Phone', variants, markets: markets.map((country) => ({ country })) }) as unknown as Device;

describe('variantsMeantFor', () => {
  it('takes the variants whose markets or label name the country', () => {
    const phone = device([variant('cn', 'China'), variant('in', 'India'), variant('eu', 'Europe')], ['CN', 'IN']);
    expect(variantsMeantFor(phone, 'IN').map((v) => v.id)).toEqual(['in']);
    expect(variantsMeantFor(phone, 'DE').map((v) => v.id)).toEqual(['eu']);
  });
  it('through the launch markets, prefers a variant that names no country to one made for another', () => {
    // Redmi Note 7: launched in China and India, catalogued as China and Global variants.
    const phone = device([variant('cn', 'China'), variant('global', 'Global')], ['CN', 'IN']);
    expect(variantsMeantFor(phone, 'IN').map((v) => v.id)).toEqual(['global']);
    expect(variantsMeantFor(phone, 'CN').map((v) => v.id)).toEqual(['cn']);
  });
  it('keeps every variant when each names another country, and none when the phone was not launched there', () => {
    const phone = device([variant('cn', 'China'), variant('us', 'USA')], ['CN', 'IN']);
    expect(variantsMeantFor(phone, 'IN').map((v) => v.id)).toEqual(['cn', 'us']);
    expect(variantsMeantFor(phone, 'FR')).toEqual([]);
  });
  it('says why a phone is left out', () => {
    expect(candidateVariants(device([variant('cn', 'China')], ['CN']), { country: 'FR' })).toBe('notSoldThere');
    expect(candidateVariants(device([variant('x', 'Global')]), { country: 'FR' })).toBe('unknownMarkets');
  });
});
