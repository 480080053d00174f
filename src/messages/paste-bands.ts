/**
 * The way to a verdict for a phone whose bands bandfit does not know: paste the network lines of
 * its spec sheet. One example, used wherever that advice is given (CLI errors and answers, the web
 * app), and run as written by test/cli/check.test.ts.
 */
export const PASTE_BANDS_EXAMPLE = 'LTE 1, 3, 7, 20, 28; 5G n78';

/** `bandfit check --bands "LTE 1, 3, 7, 20, 28; 5G n78" --country US` */
export function pasteBandsCommand(country = 'CC'): string {
  return `bandfit check --bands "${PASTE_BANDS_EXAMPLE}" --country ${country}`;
}
