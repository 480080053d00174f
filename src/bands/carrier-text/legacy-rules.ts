import { bands, inAmericas, unread, type FrequencyRule } from './rule-context.js';

/**
 * GSM (TS 45.005 §2), UMTS FDD (TS 25.101 table 5.0), TD-SCDMA (TS 25.102 table 5.0) and
 * cdma2000 (3GPP2 C.S0057) frequency names → band ids.
 */
export const GSM_RULES: Readonly<Record<string, FrequencyRule>> = {
  '450': { candidates: ['GSM450'], decide: () => bands('gsm', 'GSM450') },
  '850': { candidates: ['GSM850'], decide: () => bands('gsm', 'GSM850') },
  // E-GSM contains P-GSM: one id for every `GSM 900`.
  '900': { candidates: ['GSM900'], decide: () => bands('gsm', 'GSM900') },
  '1800': { candidates: ['GSM1800'], decide: () => bands('gsm', 'GSM1800') },
  '1900': { candidates: ['GSM1900'], decide: () => bands('gsm', 'GSM1900') },
};

export const UMTS_RULES: Readonly<Record<string, FrequencyRule>> = {
  '2100': { candidates: ['U1'], decide: () => bands('umts-2100', 'U1') },
  '1900': { candidates: ['U2'], decide: () => bands('umts-1900', 'U2') },
  '850': {
    candidates: ['U5', 'U6', 'U19'],
    decide: (ctx) => {
      // docomo's FOMA 800 MHz is band XIX (830-845 / 875-890), its LTE twin is band 19.
      if (ctx.country === 'JP') return ctx.key === 'docomo' ? bands('umts-850-jp-docomo', 'U19') : unread('Japanese 800 MHz UMTS is band VI or XIX');
      return bands('umts-850', 'U5');
    },
  },
  '800': {
    candidates: ['U19', 'U6', 'U5'],
    decide: (ctx) => ctx.country === 'JP' && ctx.key === 'docomo' ? bands('umts-850-jp-docomo', 'U19') : unread('UMTS 800 outside docomo is not known'),
  },
  '900': { candidates: ['U8'], decide: () => bands('umts-900', 'U8') },
  '1700': {
    candidates: ['U4', 'U9', 'U10'],
    decide: (ctx) => (inAmericas(ctx) ? bands('umts-1700-aws', 'U4') : unread('UMTS 1700 outside the Americas is not known')),
  },
  '1800': {
    candidates: ['U3', 'U9'],
    // Japan's 1.7 GHz band (1749.9-1784.9 / 1844.9-1879.9, the ex-eMobile block Y!mobile runs)
    // is band IX; elsewhere 1800 is band III.
    decide: (ctx) => (ctx.country === 'JP' ? bands('umts-1800-jp', 'U9') : bands('umts-1800', 'U3')),
  },
};

export const CDMA_RULES: Readonly<Record<string, FrequencyRule>> = {
  // 800/850 MHz cellular (824-849 / 869-894) is band class 0 everywhere it is named so.
  '800': { candidates: ['BC0', 'BC10'], decide: () => bands('cdma-800', 'BC0') },
  '850': { candidates: ['BC0'], decide: () => bands('cdma-800', 'BC0') },
  '1900': { candidates: ['BC1', 'BC14'], decide: () => bands('cdma-1900', 'BC1') },
  // 450 MHz is band class 5 (C.S0057 §2.1.5).
  '450': { candidates: ['BC5'], decide: () => bands('cdma-450', 'BC5') },
};

export const TDSCDMA_RULES: Readonly<Record<string, FrequencyRule>> = {
  // China's TD-SCDMA bands: 2010-2025 MHz (band A, 3GPP band 34) and 1880-1920 MHz (band F,
  // band 39), MIIT 2008 allocation to China Mobile.
  '2000': { candidates: ['TD34'], decide: () => bands('tdscdma-2000', 'TD34') },
  '2100': { candidates: ['TD34'], decide: () => bands('tdscdma-2000', 'TD34') },
  '1900': { candidates: ['TD39'], decide: () => bands('tdscdma-1900', 'TD39') },
};

export const noRule = (what: string) => unread(`no rule for ${what}`);
