import { describe, expect, it } from 'vitest';
import { fixtureCarrier, telekomLike, tmobileLike } from '../../test/fixtures/carriers.js';
import { usPhone } from '../../test/fixtures/devices.js';
import { buildWhereReport } from './where-report.js';

/** Shaped like FLOW in Guadeloupe: an mcc-mnc-list record only, with LTE bands and no curation. */
const derivedOnly = fixtureCarrier({ id: 'gp-flow-fixture', name: 'FLOW', country: 'GP', origin: 'derived', lte: [{ band: 'B12', layer: 'coverage' }] });
/** A derived record beside a curated one, on a band the phone lacks (B13), so it is not the best. */
const derivedWorse = fixtureCarrier({ id: 'us-derived-fixture', name: 'Derived US', country: 'US', origin: 'derived', lte: [{ band: 'B13', layer: 'coverage' }] });

describe('where: the origin of the carrier each country rests on', () => {
  it('marks a country whose best carrier is a derived record as derived, and a curated one as curated', () => {
    const byCountry = new Map([['GP', [derivedOnly]], ['DE', [telekomLike]]]);
    const report = buildWhereReport(usPhone, byCountry);
    expect(report.countries.find((c) => c.country === 'GP')).toMatchObject({ carrierId: 'gp-flow-fixture', origin: 'derived' });
    expect(report.countries.find((c) => c.country === 'DE')).toMatchObject({ carrierId: 'de-telekom-fixture', origin: 'curated' });
  });

  it('names the origin of the best carrier, not of the country’s other carriers', () => {
    const report = buildWhereReport(usPhone, new Map([['US', [derivedWorse, tmobileLike]]]));
    const us = report.countries.find((c) => c.country === 'US')!;
    expect(us.carriers.map((c) => c.carrierId)).toEqual(['us-tmo-fixture', 'us-derived-fixture']);
    expect(us.origin).toBe('curated');
  });

  it('gives no origin where no carrier was judged', () => {
    const report = buildWhereReport(usPhone, new Map([['XX', []]]));
    expect(report.countries.find((c) => c.country === 'XX')?.origin).toBeUndefined();
  });
});
