import {
  bands, inAmericas, inUsPlan, unread,
  type FrequencyRule, type RuleContext,
} from './rule-context.js';
import { APT700_AMERICAS, CEPT } from './regions.js';

/**
 * LTE frequency names → 3GPP E-UTRA bands (TS 36.101 table 5.5-1). Keys are `<mhz>` for FDD
 * names and `TD<mhz>` for `TD-LTE` names. Sources for each regional choice are in
 * docs/carrier-band-text.md, rule by rule.
 */
export const LTE_RULES: Readonly<Record<string, FrequencyRule>> = {
  '450': {
    candidates: ['B31', 'B72', 'B73', 'B87', 'B88'],
    decide: () => unread('LTE 450 is band 31, 72 or 73 depending on the block; the text does not say'),
  },
  '410': {
    candidates: ['B87', 'B88'],
    decide: () => unread('LTE 410 is band 87 or 88; the text does not say'),
  },
  // 600 MHz (FCC Auction 1002) is band 71 in the US and Canada, the only places it is used.
  '600': { candidates: ['B71'], decide: () => bands('lte-600', 'B71') },
  '700': { candidates: ['B12', 'B13', 'B14', 'B17', 'B28', 'B29'], decide: lte700 },
  '800': {
    candidates: ['B20', 'B18', 'B19', 'B26', 'B27'],
    decide: (ctx) => {
      if (ctx.country === 'JP') return japan850(ctx);
      if (inUsPlan(ctx)) return unread('US 800 MHz is band 26 or 27; the text does not say');
      // 791-821 / 832-862 MHz digital dividend (band 20): Europe, Africa, the Middle East and
      // the French overseas territories, which follow the CEPT plan.
      return bands('lte-800-dd', 'B20');
    },
  },
  '850': {
    candidates: ['B5', 'B18', 'B19', 'B26'],
    decide: (ctx) => {
      if (ctx.country === 'JP') return japan850(ctx);
      // T-Mobile US lists `LTE 850` for the former Sprint 800 MHz ESMR spectrum, band 26
      // (the 311-490 note says "LTE bands 25, 26, 41").
      if (ctx.key === 't-mobile-us') return bands('lte-850-sprint', 'B26');
      return bands('lte-850', 'B5');
    },
  },
  '900': { candidates: ['B8'], decide: () => bands('lte-900', 'B8') },
  '1500': {
    candidates: ['B11', 'B21', 'B32', 'B74', 'B75', 'B76'],
    decide: (ctx) => {
      if (ctx.country === 'JP') {
        // MIC's 1.5 GHz assignments: docomo 1447.9-1462.9 / 1495.9-1510.9 (band 21); KDDI and
        // SoftBank 1427.9-1447.9 / 1475.9-1495.9 (band 11). Confirmed by the rows' own notes.
        if (ctx.key === 'docomo') return bands('lte-1500-jp-docomo', 'B21');
        if (ctx.key === 'kddi' || ctx.key === 'softbank') return bands('lte-1500-jp', 'B11');
        return unread('Japanese 1500 MHz is band 11 or 21 by operator');
      }
      if (CEPT.has(ctx.country)) return bands('lte-1500-sdl', 'B32');
      return unread('1500 MHz use outside Japan and Europe is not known');
    },
  },
  '1700': {
    candidates: ['B4', 'B66', 'B10'],
    decide: (ctx) => {
      if (!inAmericas(ctx)) return unread('1700 MHz (AWS) outside the Americas is not known');
      // AWS-3 (FCC Auction 97, ISED 2015) extends AWS-1 into band 66 in the US and Canada.
      if (inUsPlan(ctx) || ctx.country === 'CA') return bands('lte-1700-aws', 'B4', 'B66');
      return bands('lte-1700-aws', 'B4');
    },
  },
  '1800': { candidates: ['B3', 'B9'], decide: () => bands('lte-1800', 'B3') },
  '1900': {
    candidates: ['B2', 'B25'],
    decide: (ctx) => {
      if (!inAmericas(ctx) && ctx.country !== 'AS') return unread('FDD 1900 MHz outside the Americas is not known');
      // T-Mobile US (and the former Sprint) also hold the PCS G block: band 25.
      if (ctx.key === 't-mobile-us') return bands('lte-1900-tmo', 'B2', 'B25');
      return bands('lte-1900-pcs', 'B2');
    },
  },
  '2100': { candidates: ['B1', 'B65'], decide: () => bands('lte-2100', 'B1') },
  '2300': {
    candidates: ['B30', 'B40'],
    decide: (ctx) =>
      // US WCS 2305-2315 / 2350-2360 is band 30 (AT&T, and Liberty PR which bought AT&T PR/VI);
      // elsewhere 2300 MHz is the TDD band 40.
      inUsPlan(ctx) ? bands('lte-2300-wcs', 'B30') : bands('lte-2300-tdd', 'B40'),
  },
  // The `LTE 2500` rows are BRS/EBS and FWA networks: TDD band 41 (notes on KY 346-001).
  '2500': { candidates: ['B41', 'B7', 'B38'], decide: () => bands('lte-2500-tdd', 'B41') },
  '2600': { candidates: ['B7', 'B38', 'B41'], decide: () => bands('lte-2600', 'B7') },
  '3500': {
    candidates: ['B22', 'B42', 'B48', 'B43'],
    decide: () => unread('FDD or TDD 3500 MHz (band 22, 42 or 48) is not said'),
  },
  // 5150-5925 MHz is the unlicensed band 46 (LAA), the only LTE band there.
  '5200': { candidates: ['B46'], decide: () => bands('lte-5ghz', 'B46') },
  '5800': { candidates: ['B46'], decide: () => bands('lte-5ghz', 'B46') },
  TD1900: { candidates: ['B39', 'B33', 'B35', 'B36', 'B37'], decide: () => bands('tdlte-1900', 'B39') },
  TD2300: { candidates: ['B40'], decide: () => bands('tdlte-2300', 'B40') },
  TD2500: { candidates: ['B41', 'B38'], decide: () => bands('tdlte-2500', 'B41') },
  TD2600: {
    candidates: ['B38', 'B41'],
    decide: (ctx) =>
      // Where the TDD block runs beyond 2570-2620 MHz (US, China, Japan, Taiwan: Gt's note
      // says band 41) it is band 41; the CEPT centre gap 2570-2620 is band 38.
      inUsPlan(ctx) || ['CN', 'JP', 'TW'].includes(ctx.country)
        ? bands('tdlte-2600-wide', 'B41')
        : bands('tdlte-2600', 'B38'),
  },
  TD3500: { candidates: ['B42', 'B48', 'B43'], decide: (ctx) => inUsPlan(ctx) ? bands('cbrs', 'B48') : bands('tdlte-3500', 'B42') },
  TD3600: { candidates: ['B48', 'B42', 'B43'], decide: (ctx) => inUsPlan(ctx) ? bands('cbrs', 'B48') : unread('TDD 3600 MHz is band 42 or 43') },
  TD3700: { candidates: ['B43', 'B48'], decide: () => bands('tdlte-3700', 'B43') },
};

function lte700(ctx: RuleContext) {
  if (inUsPlan(ctx)) {
    // FCC 700 MHz plan: lower A/B/C blocks are band 12 (B17 is its B/C subset), upper C is
    // band 13, the FirstNet block is band 14 (built by AT&T under its 2017 FirstNet contract).
    if (ctx.key === 'att') return bands('lte-700-att', 'B12', 'B14', 'B17');
    if (ctx.key === 'verizon') return bands('lte-700-verizon', 'B13');
    return bands('lte-700-us', 'B12');
  }
  if (inAmericas(ctx) && !APT700_AMERICAS.has(ctx.country)) {
    return unread('700 MHz in this country is band 12, 13 or 17 by operator; the text does not say');
  }
  // APT 700 (703-748 / 758-803 MHz, band 28): Europe, Asia-Pacific, Africa, Japan, most of
  // Latin America.
  return bands('lte-700-apt', 'B28');
}

function japan850(ctx: RuleContext) {
  // docomo's 800 MHz is band 19 (830-845 / 875-890), KDDI's is band 18 (815-830 / 860-875):
  // the notes on 440-10 and 440-50 list 19 and 18.
  if (ctx.key === 'docomo') return bands('lte-850-jp-docomo', 'B19');
  if (ctx.key === 'kddi') return bands('lte-850-jp-kddi', 'B18');
  return unread('Japanese 800 MHz is band 18 or 19 by operator');
}
