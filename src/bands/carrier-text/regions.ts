/**
 * Country groups the band rules need. A group is only as wide as the evidence for it: where a
 * country's band plan is not known, it is left out and its tokens stay unread.
 */

const set = (codes: string): ReadonlySet<string> => new Set(codes.split(' '));

/**
 * ITU Region 2 (the Americas), where 850/1900 MHz cellular/PCS and the 1700/2100 AWS pairing
 * are used (ITU Radio Regulations Art. 5; Wikipedia "LTE frequency bands", columns
 * "Cellular (CLR)", "PCS", "AWS-1").
 */
export const AMERICAS = set(
  'US PR VI GU MP AS CA MX BM BS KY TC JM HT DO CU AI AG VG KN MS DM LC VC BB GD TT AW BQ CW SX ' +
    'BL MF GP MQ GF PM BZ GT SV HN NI CR PA CO VE EC PE BO BR PY UY AR CL GY SR FK',
);

/**
 * The FCC band plan: the United States and the territories the FCC licenses (Guam, Northern
 * Marianas and American Samoa use US spectrum rules; the operators there list US bands).
 */
export const US_PLAN = set('US PR VI GU MP AS');

/**
 * Countries of the Americas that adopted the APT 700 MHz FDD plan (3GPP band 28), each with
 * operators on B28 in Band Atlas `network_bands.csv` (AR, BR, CL, CO, CU, GY, MX, PA, PE, SR,
 * TT, UY). Others in the region (Canada, Bolivia, Belize, most of the Caribbean) use the US
 * lower/upper 700 blocks (B12/B13/B17), operator by operator.
 */
export const APT700_AMERICAS = set('AR BR CL CO CU GY MX PA PE SR TT UY');

/**
 * CEPT countries, where 1452-1492 MHz is harmonised as supplemental downlink (ECC Decision
 * (13)03; 3GPP band 32) and 3400-3800 MHz is the 5G pioneer band (ECC Decision (11)06).
 */
export const CEPT = set(
  'AL AD AT AZ BY BE BA BG HR CY CZ DK EE FO FI FR GE DE GI GR GG HU IS IE IM IT JE LV LI LT LU ' +
    'MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SE CH TR UA GB VA XK',
);

/** The country of a `mcc-mnc-list` row: `AU/CC/CX` → `AU`, `GE-AB` → `GE`. */
export function primaryCountry(code: string | null | undefined): string {
  if (!code) return '';
  return code.split('/')[0]!.split('-')[0]!.toUpperCase();
}
