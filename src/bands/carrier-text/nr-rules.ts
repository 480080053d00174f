import { bands, inUsPlan, unread, type FrequencyRule } from './rule-context.js';
import { CEPT } from './regions.js';

/**
 * 5G NR frequency names → 3GPP NR bands (TS 38.101-1 table 5.2-1, TS 38.101-2 table 5.2-1).
 * Keys are `<mhz>` for `5G` names and `TD<mhz>` for `TD-5G` names.
 */
export const NR_RULES: Readonly<Record<string, FrequencyRule>> = {
  '600': { candidates: ['n71'], decide: () => bands('nr-600', 'n71') },
  '700': {
    candidates: ['n28', 'n12', 'n13', 'n14'],
    decide: (ctx) => inUsPlan(ctx) ? unread('US 700 MHz NR block is not said') : bands('nr-700-apt', 'n28'),
  },
  '800': {
    candidates: ['n18', 'n20', 'n26'],
    decide: (ctx) => {
      // KDDI runs NR on its 800 MHz (band 18) spectrum: n18 (815-830 / 860-875 MHz).
      if (ctx.country === 'JP') return ctx.key === 'kddi' ? bands('nr-800-jp-kddi', 'n18') : unread('Japanese 800 MHz NR block is not said');
      return bands('nr-800-dd', 'n20');
    },
  },
  '850': { candidates: ['n5', 'n26'], decide: () => bands('nr-850', 'n5') },
  '900': { candidates: ['n8'], decide: () => bands('nr-900', 'n8') },
  '1700': { candidates: ['n66'], decide: () => bands('nr-1700-aws', 'n66') },
  '1800': { candidates: ['n3'], decide: () => bands('nr-1800', 'n3') },
  '1900': {
    candidates: ['n2', 'n25', 'n39'],
    decide: (ctx) => ctx.key === 't-mobile-us' ? bands('nr-1900-tmo', 'n25') : bands('nr-1900', 'n2'),
  },
  '2100': { candidates: ['n1', 'n65'], decide: () => bands('nr-2100', 'n1') },
  '2300': { candidates: ['n40', 'n30'], decide: () => bands('nr-2300-tdd', 'n40') },
  TD2300: { candidates: ['n40'], decide: () => bands('nr-2300-tdd', 'n40') },
  '2500': { candidates: ['n41', 'n38', 'n7'], decide: nr2500 },
  TD2500: { candidates: ['n41', 'n38'], decide: nr2500 },
  // A `5G 2600` without `TD-` is FDD 2500-2570 / 2620-2690 (n7), as `LTE 2600` is B7.
  '2600': { candidates: ['n7', 'n38', 'n41'], decide: () => bands('nr-2600', 'n7') },
  TD2600: { candidates: ['n38', 'n41'], decide: () => bands('nr-2600-tdd', 'n38') },
  '3500': {
    candidates: ['n78', 'n77', 'n48'],
    decide: (ctx) =>
      // US 3.5 GHz is either CBRS (n48) or the 3.45 GHz service (n77): not told apart.
      inUsPlan(ctx) ? unread('US 3500 MHz is n48 (CBRS) or n77 (3.45 GHz)') : bands('nr-3500', 'n78'),
  },
  '3600': { candidates: ['n78', 'n77'], decide: () => bands('nr-3500', 'n78') },
  '3700': {
    candidates: ['n77', 'n78'],
    decide: (ctx) => {
      // US C-band 3700-3980 MHz (FCC Auction 107) lies above n78: n77 only.
      if (inUsPlan(ctx)) return bands('nr-3700-us', 'n77');
      if (ctx.country === 'JP') {
        // MIC 2019: KDDI 3.7-3.8 and 4.0-4.1 GHz (n78 and n77), SoftBank 3.9-4.0 GHz and
        // Rakuten 3.8-3.9 GHz (n77 only).
        return ctx.key === 'kddi' ? bands('nr-3700-jp-kddi', 'n77', 'n78') : bands('nr-3700-jp', 'n77');
      }
      return bands('nr-3500', 'n78');
    },
  },
  // 3.8-4.2 GHz (Ofcom shared access) is above n78: n77.
  '3800': { candidates: ['n77'], decide: () => bands('nr-3800', 'n77') },
  '4700': { candidates: ['n79'], decide: () => bands('nr-4700', 'n79') },
  '4900': { candidates: ['n79'], decide: () => bands('nr-4700', 'n79') },
  '26000': { candidates: ['n258'], decide: () => bands('nr-26g', 'n258') },
  '28000': {
    candidates: ['n257', 'n261'],
    // US 28 GHz licences (27.5-28.35 GHz, FCC UMFUS) are n261; elsewhere 26.5-29.5 GHz is n257.
    decide: (ctx) => inUsPlan(ctx) ? bands('nr-28g-us', 'n261') : bands('nr-28g', 'n257'),
  },
  '39000': { candidates: ['n260'], decide: () => bands('nr-39g', 'n260') },
  '47000': { candidates: ['n262'], decide: () => bands('nr-47g', 'n262') },
};

function nr2500(ctx: Parameters<FrequencyRule['decide']>[0]) {
  // In CEPT countries 2.6 GHz TDD is the 2570-2620 centre gap (n38); elsewhere the 2496-2690
  // MHz TDD band (T-Mobile US, China Mobile) is n41.
  return CEPT.has(ctx.country) ? bands('nr-2500-cept', 'n38') : bands('nr-2500', 'n41');
}
