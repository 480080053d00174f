import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBandfitError } from '../errors.js';
import { teachPhone } from '../service/teach-phone.js';
import { readSpecPage } from './spec-page.js';

describe('readSpecPage', () => {
  it('reads a saved page: name, band rows split at <br>, entities, dates and models', () => {
    const page = readSpecPage(`<h1 class="specs-phone-name-title" data-spec="modelname">Fixture Page&nbsp;P1</h1>
      <td class="nfo" data-spec="net2g">GSM 900 / 1800 - SIM 1 &amp; SIM 2<br />CDMA 800</td>
      <td class="nfo" data-spec="net4g">1, 3, 7 - Global<br/>1, 3, 41 - China</td>
      <td class="nfo" data-spec="year">2025, March 04</td><td class="nfo" data-spec="status">Available. Released 2025, March 20</td>
      <td class="nfo" data-spec="models">FXP1-G, FXP1-C</td><td class="nfo" data-spec="sim">Nano-SIM + eSIM</td>`);
    expect(page).toEqual({
      name: 'Fixture Page P1',
      fields: { gsm: 'GSM 900 / 1800 - SIM 1 & SIM 2\nCDMA 800', lte: '1, 3, 7 - Global\n1, 3, 41 - China' },
      hasBandTable: true,
      models: ['FXP1-G', 'FXP1-C'],
      announced: '2025-03-04',
      released: '2025-03-20',
      esim: true,
    });
  });

  it('reads copied text: rows run to the next row label, tabs and "Label :" forms alike', () => {
    const page = readSpecPage('Network\tTechnology\tGSM / LTE\n2G bands\tGSM 900\n4G bands\t1, 3 - Global\n\t1, 41 - China\nSpeed\tLTE\nLaunch\tAnnounced\t2024, May\n5GBands : 78 SA/NSA - Global\n        : 41 SA - China\nSIM\tNano-SIM and eSIM or Dual SIM - for China');
    expect(page.fields).toEqual({ gsm: 'GSM 900', lte: '1, 3 - Global\n1, 41 - China', nr: '78 SA/NSA - Global\n41 SA - China' });
    expect(page.announced).toBe('2024-05');
    expect(page.esim).toBeUndefined();
  });

  it('says when there is no band table', () => {
    expect(readSpecPage('<h1 data-spec="modelname">X</h1>').hasBandTable).toBe(false);
    expect(readSpecPage('just some words').hasBandTable).toBe(false);
  });

  it('random pages and band text never throw anything but the project\'s error', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(fc.constantFrom('<td data-spec="net4g">', '<br>', '</td>', '1, 3', ' - Global', '4G bands', '\t', '\n', '&amp;', 'n78', 'SA/NSA', '<h1 data-spec="modelname">', 'Fixture X'), { maxLength: 30 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, fc.boolean(), (value, asPage) => {
        try {
          teachPhone({ name: 'Fixture Random', ...(asPage ? { page: value } : { bands: value }) }, [], '2026-12-03');
        } catch (error) {
          if (!isBandfitError(error)) throw error;
        }
      }),
      { numRuns: 400 },
    );
  });
});
