import type { Examples } from './catalog-examples.js';
import type { PhoneProblem } from './phone-problems.js';

const row = { tac: '35799425', imei: '357994250000009', brand: 'Fixture', models: ['FX-100W', 'FX 100'], row: 'line 12', source: 'Osmocom TAC database (CC-BY-SA-3.0)' };

/** One of each phone problem, for the table test of the writer. */
export const PHONE_EXAMPLES: Examples<PhoneProblem> = {
  'unknown-tac': { code: 'E_UNKNOWN_DEVICE', kind: 'unknown-tac', parameter: 'imei', tac: '35921099', imei: '359210990000001' },
  'ambiguous-tac': { code: 'E_AMBIGUOUS_DEVICE', kind: 'ambiguous-tac', parameter: 'imei', ...row, matches: ['Fixture FX (USA, FX-100W)', 'Fixture FX (Japan, FX 100)'] },
  'unidentified-model': { code: 'E_UNKNOWN_DEVICE', kind: 'unidentified-model', parameter: 'imei', ...row, family: ['Fixture FX 2'] },
  'ambiguous-teach-name': { code: 'E_AMBIGUOUS_DEVICE', kind: 'ambiguous-teach-name', name: 'Pixel 8', matches: ['Google Pixel 8', 'Google Pixel 8 Pro'] },
  'phone-name-one-word': { code: 'E_BAD_INPUT', kind: 'phone-name-one-word', parameter: 'name', name: 'Fairphone' },
  'phone-name-no-id': { code: 'E_BAD_INPUT', kind: 'phone-name-no-id', parameter: 'name', name: '-- !!' },
  'page-names-no-phone': { code: 'E_BAD_INPUT', kind: 'page-names-no-phone', parameter: 'name' },
  'variant-for-several': { code: 'E_BAD_INPUT', kind: 'variant-for-several', parameter: 'variant', count: 2, labels: ['Global', 'USA'] },
  'which-variant-taught': { code: 'E_BAD_INPUT', kind: 'which-variant-taught', parameter: 'variant', device: 'Xiaomi Mi 6', count: 3 },
  'bands-or-page': { code: 'E_BAD_INPUT', kind: 'bands-or-page', parameter: 'bands' },
  'page-without-band-table': { code: 'E_BAD_BAND_TEXT', kind: 'page-without-band-table', parameter: 'page' },
  'page-without-bands': { code: 'E_BAD_BAND_TEXT', kind: 'page-without-bands', parameter: 'page' },
};
