/**
 * Real phones on real carriers, each judged as of one fixed date and each naming the sources its
 * facts rest on (the device and carrier records carry the full citations). `levels` lists the
 * acceptable data levels, `calls` the expected calls dimension, `reasons` codes that must be
 * given and `never` codes that must not.
 */
export interface GoldenCase {
  device: string;
  variant?: string;
  country: string;
  carrier: string;
  /** Include MVNOs and derived networks (`--all`). */
  all?: boolean;
  levels: string[];
  calls: 'volte' | 'circuit-switched' | 'unconfirmed' | 'none';
  reasons?: string[];
  never?: string[];
  source: string;
}

/** Every case is judged on this day. */
export const AS_OF = '2026-12-01';

const US_IPHONE = "Tom's Guide: AT&T, Verizon and T-Mobile took the iPhone 15 lineup's preorders; MacRumors: the eSIM-only models are the US ones";
const ATT = 'AT&T: Band Atlas US,att; CNET: 3G off 2022-02-22; att.com BYOD compatibility check';
const VZW = 'Verizon: Band Atlas US,verizon; Verizon letter to the FCC on device certification';
const TMO = 'T-Mobile: Band Atlas US,t-mobile';
const XDA = 'Pixel 7 GQML3: XDA 5G table (n77/n78, n260/n261; sold by Verizon and AT&T)';
const S23 = 'Galaxy S23 SM-S911B: GSMArena band lines (data_tidy_2.csv)';
const IP15 = 'iPhone 15 A3090: GSMArena band lines';
const IP15JP = 'iPhone 15 A3089 (Canada, Japan): GSMArena band lines';
const JP_CARRIERS = 'ITmedia Mobile 2023-09-15: NTT Docomo, KDDI, SoftBank and Rakuten Mobile sell the iPhone 15 series';
const RAKUTEN = 'Rakuten Mobile: Band Atlas JP,rakuten (launched LTE-only, with VoLTE)';
const MI6 = 'Xiaomi Mi 6 MCE16: XiaomiWiki spec page';
const RN12 = 'Redmi Note 12 5G 22111317I (India): GSMArena band list; MobileModels model table';
const MI10T = 'Mi 10T M2007J3SY: GSMArena "5G ... NSA"';
const JIO = 'Jio: Band Atlas IN,jio (LTE only, no 2G/3G); TelecomTalk on Ookla Q4 2024 (5G SA only)';
const AIRTEL = 'Airtel: Band Atlas IN,airtel (GSM active); TelecomTalk (5G NSA for phones)';
const TELCEL = 'Telcel: Band Atlas MX,telcel (B4/B7/B66); mcc-mnc-list 334-020 "LTE 850" (B5, its coverage band)';
const ONE_AND_ONE = '1&1: own n78 (mcc-mnc-list 262-23 "5G 3500", teltarif 3600 MHz licence) and national roaming on Vodafone for 2G, 4G and 5G (ComputerBase 2023-08; CHIP via isidaily: over 90 % of calls over Vodafone)';

export const GOLDEN_CASES: GoldenCase[] = [
  // United States: VoLTE-only networks; AT&T and Verizon admit only approved devices.
  { device: 'iPhone 15', variant: 'USA', country: 'US', carrier: 'AT&T', levels: ['full'], calls: 'volte', never: ['VOLTE_NEEDED', 'CERTIFIED_DEVICES_ONLY'], source: `${US_IPHONE}; ${ATT}` },
  { device: 'iPhone 15', variant: 'USA', country: 'US', carrier: 'Verizon', levels: ['full'], calls: 'volte', never: ['CERTIFIED_DEVICES_ONLY'], source: `${US_IPHONE}; ${VZW}` },
  { device: 'iPhone 15', variant: 'USA', country: 'US', carrier: 'T-Mobile', levels: ['full'], calls: 'volte', source: `${US_IPHONE}; ${TMO}` },
  { device: 'iPhone 15 Plus', variant: 'USA', country: 'US', carrier: 'Verizon', levels: ['full'], calls: 'volte', source: `${US_IPHONE}; ${VZW}` },
  { device: 'iPhone 15 Pro Max', variant: 'USA', country: 'US', carrier: 'AT&T', levels: ['full'], calls: 'volte', source: `${US_IPHONE}; ${ATT}` },
  { device: 'iPhone 12', variant: 'USA', country: 'US', carrier: 'T-Mobile', levels: ['full', 'partial'], calls: 'volte', source: `iPhone 12 A2172: The Inventory (AT&T, Verizon, T-Mobile sold it at launch); ${TMO}` },
  { device: 'iPhone 12 mini', variant: 'USA', country: 'US', carrier: 'Verizon', levels: ['full', 'partial'], calls: 'volte', source: `iPhone 12 mini A2176: CNET (AT&T and Verizon sold it); ${VZW}` },
  { device: 'iPhone 12 mini', variant: 'USA', country: 'US', carrier: 'T-Mobile', levels: ['full', 'partial'], calls: 'volte', source: `iPhone 12 mini A2176: VoLTE from its Wikipedia infobox ("Voice over LTE", data/devices/apple.json); T-Mobile's record carries no certified-devices policy; ${TMO}` },
  { device: 'Pixel 7', country: 'US', carrier: 'AT&T', levels: ['full'], calls: 'volte', source: `${XDA}; ${ATT}` },
  { device: 'Pixel 7', country: 'US', carrier: 'Verizon', levels: ['full'], calls: 'volte', source: `${XDA}; ${VZW}` },
  { device: 'Pixel 7', country: 'US', carrier: 'T-Mobile', levels: ['full'], calls: 'unconfirmed', reasons: ['VOLTE_NEEDED'], source: `${XDA} (T-Mobile not named); ${TMO}` },
  { device: 'iPhone 16 Pro', variant: 'USA', country: 'US', carrier: 'AT&T', levels: ['full'], calls: 'volte', never: ['CERTIFIED_DEVICES_ONLY', 'VOLTE_NEEDED'], source: `iPhone 16 Pro A3083: GSMArena Network section (shop's copy); iDrop News: Apple's US pre-orders activate on AT&T, T-Mobile, Verizon; ${ATT}` },
  { device: 'iPhone 12 Pro Max', variant: 'USA', country: 'US', carrier: 'T-Mobile', levels: ['full'], calls: 'volte', never: ['VOLTE_NEEDED'], source: `iPhone 12 Pro Max A2342: GSMArena; T-Mobile press release (T-Mobile and Metro offer the iPhone 12 Pro Max); ${TMO}` },
  { device: 'Pixel 6', country: 'US', carrier: 'Verizon', levels: ['full'], calls: 'volte', never: ['CERTIFIED_DEVICES_ONLY'], source: `Pixel 6 GB7N6/G9S9B: GSMArena; XDA from Google's Pixel support page (G9S9B: AT&T, Verizon); ${VZW}` },
  { device: 'Pixel 6a', country: 'US', carrier: 'T-Mobile', levels: ['full'], calls: 'volte', never: ['VOLTE_NEEDED'], source: `Pixel 6a GX7AS/GB62Z: GSMArena; XDA: T-Mobile and AT&T sell carrier versions, Verizon the mmWave one; ${TMO}` },
  { device: 'Pixel 7 Pro', country: 'US', carrier: 'Verizon', levels: ['full'], calls: 'unconfirmed', reasons: ['CERTIFIED_DEVICES_ONLY'], source: `Pixel 7 Pro GE2AE: GSMArena; XDA names no carrier for it; ${VZW}` },
  { device: 'Galaxy S23', country: 'US', carrier: 'AT&T', levels: ['limited'], calls: 'unconfirmed', reasons: ['MISSING_COVERAGE_BAND', 'CERTIFIED_DEVICES_ONLY'], source: `${S23} (no B14); ${ATT}` },
  { device: 'Galaxy S23', country: 'US', carrier: 'T-Mobile', levels: ['limited'], calls: 'unconfirmed', reasons: ['MISSING_COVERAGE_BAND'], source: `${S23} (no B71); ${TMO}` },
  { device: 'Xiaomi Mi 6', country: 'US', carrier: 'AT&T', levels: ['limited', 'none'], calls: 'unconfirmed', reasons: ['MISSING_COVERAGE_BAND', 'CERTIFIED_DEVICES_ONLY'], source: `${MI6} (no B12/B14/B17); ${ATT}` },
  { device: 'iPhone 15', country: 'US', carrier: 'Dish', all: true, levels: ['full', 'partial', 'limited'], calls: 'unconfirmed', reasons: ['VONR_NEEDED'], never: ['NO_VOICE', 'NO_VOLTE'], source: `${IP15}; Dish: mcc-mnc-list 313-340 "5G 600 / 5G 1700" (5G only)` },
  { device: 'Galaxy S23', country: 'US', carrier: 'Dish', all: true, levels: ['full', 'partial', 'limited'], calls: 'unconfirmed', reasons: ['VONR_NEEDED'], never: ['NO_VOICE', 'NO_VOLTE'], source: `${S23}; Dish: mcc-mnc-list 313-340 (5G only)` },
  // Germany: GSM runs until 2028, so calls are circuit-switched where VoLTE is not confirmed.
  { device: 'iPhone 15', country: 'DE', carrier: 'Telekom', levels: ['full'], calls: 'circuit-switched', reasons: ['TECH_ENDING'], source: `${IP15}; Telekom: Band Atlas DE,telekom-de (GSM to 2028-06-30, 3G off 2021-06-30)` },
  { device: 'Galaxy S23', country: 'DE', carrier: 'Vodafone', levels: ['full'], calls: 'circuit-switched', source: `${S23}; Vodafone: Band Atlas DE,vodafone-de` },
  { device: 'Galaxy S23', country: 'DE', carrier: 'O2 Telefónica', levels: ['full'], calls: 'circuit-switched', source: `${S23}; O2: Band Atlas DE,o2-de` },
  { device: 'iPhone 15', country: 'DE', carrier: '1&1', levels: ['full'], calls: 'circuit-switched', never: ['NO_VOICE', 'NO_VOLTE', 'VONR_NEEDED', 'VOLTE_NEEDED'], source: `${IP15}; ${ONE_AND_ONE}` },
  { device: 'Galaxy S23', country: 'DE', carrier: '1&1', levels: ['full'], calls: 'circuit-switched', never: ['NO_VOICE', 'NO_VOLTE', 'VONR_NEEDED', 'VOLTE_NEEDED'], source: `${S23}; ${ONE_AND_ONE}` },
  { device: 'Mi 10T', country: 'DE', carrier: 'Telekom', levels: ['full'], calls: 'circuit-switched', never: ['NR_SA_ONLY'], source: `${MI10T}; Telekom: Band Atlas DE,telekom-de` },
  // United Kingdom
  { device: 'Galaxy S23', country: 'GB', carrier: 'Vodafone', levels: ['full'], calls: 'circuit-switched', source: `${S23}; Vodafone UK: Band Atlas GB,vodafone-uk` },
  { device: 'Galaxy S23', country: 'GB', carrier: 'Three', levels: ['full'], calls: 'unconfirmed', reasons: ['VOLTE_NEEDED'], source: `${S23}; Three UK: Band Atlas GB,three-uk (3G off, no 2G)` },
  { device: 'iPhone 15', variant: 'International', country: 'GB', carrier: 'Three', levels: ['full'], calls: 'volte', never: ['VOLTE_NEEDED'], source: `${IP15}; Stuff 2023-09-13: EE, O2, Three and Vodafone took UK iPhone 15 pre-orders; Three UK: Band Atlas GB,three-uk (3G off, no 2G)` },
  { device: 'iPhone 15', country: 'GB', carrier: 'EE', levels: ['full'], calls: 'circuit-switched', source: `${IP15}; EE: Band Atlas GB,ee` },
  { device: 'Pixel 7', country: 'GB', carrier: 'EE', levels: ['full'], calls: 'circuit-switched', source: `${XDA}; EE: Band Atlas GB,ee` },
  // India: Jio is LTE + 5G standalone only; Airtel keeps GSM and runs 5G non-standalone.
  { device: 'Redmi Note 12', country: 'IN', carrier: 'Jio', levels: ['full'], calls: 'unconfirmed', reasons: ['VOLTE_NEEDED'], never: ['NR_SA_ONLY'], source: `${RN12}; ${JIO}` },
  { device: 'Redmi Note 12', country: 'IN', carrier: 'Airtel', levels: ['full'], calls: 'circuit-switched', source: `${RN12}; ${AIRTEL}` },
  { device: 'Redmi Note 12', country: 'IN', carrier: 'Vi', levels: ['full'], calls: 'circuit-switched', source: `${RN12}; Vi: Band Atlas IN,vi (GSM active)` },
  { device: 'Mi 10T', country: 'IN', carrier: 'Jio', levels: ['full', 'partial'], calls: 'unconfirmed', reasons: ['NR_SA_ONLY'], never: ['NO_5G'], source: `${MI10T}; ${JIO}` },
  { device: 'Mi 10T', country: 'IN', carrier: 'Airtel', levels: ['full', 'partial'], calls: 'circuit-switched', never: ['NR_SA_ONLY'], source: `${MI10T}; ${AIRTEL}` },
  { device: 'Galaxy S23', country: 'IN', carrier: 'Jio', levels: ['full'], calls: 'unconfirmed', reasons: ['VOLTE_NEEDED'], never: ['NR_SA_ONLY', 'NR_SA_UNCONFIRMED'], source: `${S23} (SA/NSA); ${JIO}` },
  { device: 'iPhone 15', country: 'IN', carrier: 'Jio', levels: ['full'], calls: 'unconfirmed', reasons: ['VOLTE_NEEDED'], never: ['NR_SA_ONLY'], source: `${IP15} (SA/NSA); ${JIO}` },
  // Japan: au's 800 MHz is B18 (inside B26).
  { device: 'iPhone 15', variant: 'Japan', country: 'JP', carrier: 'NTT Docomo', levels: ['full'], calls: 'volte', never: ['VOLTE_NEEDED'], source: `${IP15JP}; ${JP_CARRIERS}; NTT Docomo: Band Atlas JP,docomo (3G off)` },
  { device: 'iPhone 15', variant: 'Japan', country: 'JP', carrier: 'au', levels: ['full'], calls: 'volte', source: `${IP15JP}; ${JP_CARRIERS}; au: Band Atlas JP,au (B18/B26 one 800 MHz layer)` },
  { device: 'iPhone 15', variant: 'Japan', country: 'JP', carrier: 'SoftBank', levels: ['full'], calls: 'volte', source: `${IP15JP}; ${JP_CARRIERS}; SoftBank: Band Atlas JP,softbank` },
  { device: 'iPhone 15', variant: 'Japan', country: 'JP', carrier: 'Rakuten Mobile', levels: ['full'], calls: 'volte', never: ['VOLTE_NEEDED'], source: `${IP15JP}; ${JP_CARRIERS}; ${RAKUTEN}` },
  { device: 'iPhone 16 Pro', variant: 'Japan', country: 'JP', carrier: 'Rakuten Mobile', levels: ['full'], calls: 'volte', source: `iPhone 16 Pro A3292: GSMArena Network section (shop's copy); livedoor News 2024-09: the four Japanese carriers sell the iPhone 16 series; ${RAKUTEN}` },
  { device: 'iPhone 11', country: 'JP', carrier: 'Rakuten Mobile', levels: ['full'], calls: 'volte', reasons: ['NO_5G'], source: `iPhone 11 A2221: GSMArena band lines; Otona Life 2021-04: Rakuten's site lists the iPhone 11 series as supported; ${RAKUTEN}` },
  { device: 'iPhone SE (2020)', country: 'JP', carrier: 'Rakuten Mobile', levels: ['full'], calls: 'volte', source: `iPhone SE (2020) A2296: GSMArena band lines; Mynavi News 2021-04-23: Rakuten Mobile sells the iPhone SE (2nd generation); ${RAKUTEN}` },
  { device: 'Xiaomi Mi 6', country: 'JP', carrier: 'au', levels: ['limited'], calls: 'unconfirmed', reasons: ['MISSING_COVERAGE_BAND'], source: `${MI6} (no B18/B26); au: Band Atlas JP,au` },
  { device: 'Pixel 7', country: 'JP', carrier: 'au', levels: ['full', 'partial'], calls: 'unconfirmed', source: `${XDA}; au: Band Atlas JP,au` },
  // China
  { device: 'Xiaomi Mi 6', country: 'CN', carrier: 'China Unicom', levels: ['full'], calls: 'circuit-switched', reasons: ['NO_5G'], source: `${MI6}; China Unicom: Band Atlas CN,china-unicom (GSM and W-CDMA being retired)` },
  { device: 'Xiaomi Mi 6', country: 'CN', carrier: 'China Mobile', levels: ['partial', 'full'], calls: 'unconfirmed', reasons: ['VOLTE_NEEDED'], source: `${MI6}; China Mobile: Band Atlas CN,china-mobile (2G off 2025-12-31, TD-SCDMA off)` },
  { device: 'iPhone 15', variant: 'China', country: 'CN', carrier: 'China Unicom', levels: ['full'], calls: 'circuit-switched', source: 'iPhone 15 A3092 (China): GSMArena band lines; China Unicom: Band Atlas CN,china-unicom' },
  { device: 'iPhone 15', variant: 'China', country: 'CN', carrier: 'China Mobile', levels: ['full'], calls: 'unconfirmed', source: 'iPhone 15 (China): GSMArena band lines; China Mobile: Band Atlas CN,china-mobile' },
  // Australia: 2G and 3G are off, so calls need VoLTE.
  { device: 'Galaxy S23', country: 'AU', carrier: 'Telstra', levels: ['full'], calls: 'unconfirmed', reasons: ['VOLTE_NEEDED'], source: `${S23}; Telstra: Band Atlas AU,telstra (3G off)` },
  { device: 'Galaxy S23', country: 'AU', carrier: 'Optus', levels: ['full'], calls: 'unconfirmed', reasons: ['VOLTE_NEEDED'], source: `${S23}; Optus: Band Atlas AU,optus-au (3G off 2024-10-28)` },
  { device: 'iPhone 15', country: 'AU', carrier: 'Telstra', levels: ['full'], calls: 'unconfirmed', source: `${IP15}; Telstra: Band Atlas AU,telstra` },
  // Elsewhere
  { device: 'Galaxy S23', variant: 'Korea', country: 'KR', carrier: 'LG U+', levels: ['full'], calls: 'volte', never: ['VOLTE_NEEDED'], source: 'Galaxy S23 SM-S911N (Korea): Samsung Korea spec list SM-S911NZEEKOO (copy in seongjungkim/samsung-dummy); Hankyung 2023-02-07: SK Telecom, KT and LG U+ took Galaxy S23 series pre-orders; LG U+: Band Atlas KR,lg-uplus (CDMA off 2021-06)' },
  { device: 'iPhone 15', variant: 'International', country: 'SG', carrier: 'StarHub', levels: ['full'], calls: 'volte', never: ['VOLTE_NEEDED'], source: `${IP15}; StarHub: its iPhone 15 order terms (2023); StarHub: Band Atlas SG,starhub (2G off 2017)` },
  { device: 'Galaxy S23', country: 'FR', carrier: 'Orange', levels: ['full'], calls: 'circuit-switched', source: `${S23}; Orange: Band Atlas FR,orange-fr` },
  { device: 'iPhone 15', country: 'IT', carrier: 'TIM', levels: ['full'], calls: 'circuit-switched', source: `${IP15}; TIM: Band Atlas IT,tim` },
  { device: 'Galaxy S23', country: 'ES', carrier: 'Movistar', levels: ['full'], calls: 'circuit-switched', source: `${S23}; Movistar: Band Atlas ES,movistar` },
  { device: 'iPhone 15', variant: 'Canada', country: 'CA', carrier: 'Rogers', levels: ['full'], calls: 'unconfirmed', source: `${IP15JP}; Rogers: Band Atlas CA,rogers (3G off)` },
  { device: 'Galaxy S23', country: 'KE', carrier: 'Safaricom', levels: ['full'], calls: 'circuit-switched', never: ['NO_5G_OVERLAP', 'MISSING_5G_BANDS'], source: `${S23}; Safaricom: Band Atlas KE,safaricom; Cenerva (BMA): its 5G is on 3.5 GHz (n78)` },
  // Mexico: Telcel's record names no coverage band; its mcc-mnc-list entry 334-020 gives LTE 850 (B5).
  { device: 'Huawei P30 lite', country: 'MX', carrier: 'Telcel', levels: ['limited'], calls: 'circuit-switched', reasons: ['MISSING_COVERAGE_BAND'], source: `Huawei P30 lite (Europe): GSMArena band lines (B7, no B4/B5/B66); ${TELCEL}` },
  { device: 'Realme C55', country: 'MX', carrier: 'Telcel', levels: ['partial'], calls: 'circuit-switched', never: ['NO_OVERLAP', 'MISSING_COVERAGE_BAND'], source: `Realme C55: GSMArena band lines (B5, no B4/B7/B66); ${TELCEL}` },
  { device: 'Galaxy S23', country: 'MX', carrier: 'Telcel', levels: ['full'], calls: 'circuit-switched', source: `${S23}; ${TELCEL}` },
  // A curated unknown never hides a fact the network's own mcc-mnc-list entry gives (docs/carrier-catalog.md, "Resolving").
  { device: 'iPhone 15', variant: 'International', country: 'MX', carrier: 'Telcel', levels: ['full'], calls: 'circuit-switched', reasons: ['TECH_OFF'], source: `${IP15}; ${TELCEL}; mcc-mnc-list 334-020 "GSM shut down Sep 2020" (curated GSM unknown), UMTS 850/1900 still listed` },
  { device: 'Galaxy S23', country: 'AE', carrier: 'du', levels: ['full'], calls: 'circuit-switched', reasons: ['TECH_OFF'], source: `${S23}; du: Band Atlas AE,du (GSM unknown); mcc-mnc-list 424-03 "GSM shut down Dec 2022", UMTS 2100 listed` },
  { device: 'Galaxy S23', country: 'CZ', carrier: 'O2', levels: ['full'], calls: 'circuit-switched', reasons: ['TECH_OFF'], source: `${S23}; O2 CZ: Band Atlas (UMTS unknown); mcc-mnc-list 230-02 "UMTS shut down Nov 2021", GSM 900/1800 listed` },
  { device: 'Xiaomi Mi 6', country: 'AT', carrier: 'Magenta', levels: ['limited'], calls: 'circuit-switched', reasons: ['NO_5G'], source: `${MI6}; Magenta: Band Atlas AT (no 5G rows); mcc-mnc-list 232-03 "5G 700 / 5G 2100 / 5G 3500" (n28, n1, n78)` },
  // Hong Kong: China Mobile Hong Kong ended 3G on 2025-06-30 and announced 2G's end for 2026-06-23; 5G on n78.
  { device: 'iPhone 16', variant: 'International', country: 'HK', carrier: 'China Mobile Hong Kong', levels: ['full'], calls: 'volte', reasons: ['TECH_OFF', 'TECH_OFF_PLANNED'], never: ['NO_5G_OVERLAP'], source: 'iPhone 16 A3287: Apple (Singapore) technical specifications (VoLTE); CMHK: zijing.com.cn (3G ended 2025-06-30), 5iter (2G ends 2026-06-23), OFCA 3.3/3.5 GHz auction results (n78)' },
];
