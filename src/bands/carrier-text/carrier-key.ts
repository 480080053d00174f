/**
 * The few networks whose band use differs from their neighbours' on the same frequency name
 * (US 700 MHz blocks, Japan 800/1500 MHz). Recognised by MCC-MNC first, then by name.
 */
export type CarrierKey =
  | 'att'
  | 'verizon'
  | 't-mobile-us'
  | 'docomo'
  | 'kddi'
  | 'softbank'
  | 'rakuten'
  | 'china-mobile';

const BY_CODE: Readonly<Record<string, CarrierKey>> = {
  // mcc-mnc-list rows: AT&T 310-410 (main), 310-150/170/280/380/560/680/950, 313-100 FirstNet.
  '310-410': 'att', '310-150': 'att', '310-170': 'att', '310-280': 'att', '310-380': 'att',
  '310-560': 'att', '310-680': 'att', '310-950': 'att', '313-100': 'att',
  // Verizon Wireless 311-480 (LTE) and 310-004/010/012/013, 311-110/390 (package rows).
  '311-480': 'verizon', '310-004': 'verizon', '310-010': 'verizon', '310-012': 'verizon',
  '310-013': 'verizon', '311-110': 'verizon', '311-390': 'verizon',
  // T-Mobile US 310-260 and the former Sprint codes 310-120, 311-490, 312-250.
  '310-260': 't-mobile-us', '310-120': 't-mobile-us', '311-490': 't-mobile-us',
  '312-250': 't-mobile-us', '311-660': 't-mobile-us',
  '440-10': 'docomo',
  '440-50': 'kddi', '440-51': 'kddi', '440-52': 'kddi', '440-53': 'kddi', '440-54': 'kddi',
  '440-01': 'kddi',
  '440-20': 'softbank', '440-21': 'softbank', '441-01': 'softbank', '440-00': 'softbank',
  '440-05': 'softbank', '441-00': 'softbank',
  '440-11': 'rakuten',
  '460-00': 'china-mobile', '460-02': 'china-mobile', '460-07': 'china-mobile',
  '460-08': 'china-mobile', '460-15': 'china-mobile',
};

const BY_NAME: ReadonlyArray<[RegExp, CarrierKey]> = [
  [/\bAT&T\b|\bFirstNet\b|\bCingular\b/i, 'att'],
  [/\bVerizon\b/i, 'verizon'],
  [/\bT-Mobile\b|\bSprint\b/i, 't-mobile-us'],
  [/\bdocomo\b/i, 'docomo'],
  [/\bKDDI\b|^au$|\bUQ\b|Okinawa Cellular/i, 'kddi'],
  [/\bSoftBank\b|Y!mobile|Wireless City Planning/i, 'softbank'],
  [/\bRakuten\b/i, 'rakuten'],
  // China Broadnet shares China Mobile's 700 MHz and 2.6 GHz network (note on 460-15).
  [/China Mobile|\bCMCC\b|China Broadnet/i, 'china-mobile'],
];

/** Which of the special networks a row is, if any; `country` keeps names from matching abroad. */
export function carrierKey(country: string, carrier?: string, mccmnc?: string): CarrierKey | undefined {
  // A code or name only counts at home: 310-410 is also filed for Liberty in the US Virgin
  // Islands, and "T-Mobile" elsewhere is another company's brand.
  const byCode = mccmnc ? BY_CODE[mccmnc] : undefined;
  if (byCode && atHome(byCode, country)) return byCode;
  if (!carrier) return undefined;
  return BY_NAME.find(([pattern, key]) => pattern.test(carrier) && atHome(key, country))?.[1];
}

function atHome(key: CarrierKey, country: string): boolean {
  if (key === 'docomo' || key === 'kddi' || key === 'softbank' || key === 'rakuten') return country === 'JP';
  if (key === 'china-mobile') return country === 'CN';
  // T-Mobile US serves PR and VI under the FCC plan; AT&T and Verizon are filed under US only.
  return country === 'US' || (key === 't-mobile-us' && (country === 'PR' || country === 'VI'));
}
