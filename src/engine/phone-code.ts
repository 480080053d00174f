import { PHONE_NSA_ONLY, type PhoneCode } from './verdict-kernel.js';
import type { PhoneProfile } from './types.js';

/**
 * The kernel's integer for what is known of a phone besides its bands: VoLTE (0 known absent,
 * 1 known present, 2 not known) and whether it is known to run 5G non-standalone only.
 *
 * @example
 * phoneCode({ bands, volte: true, nrModes: ['NSA'] }); // 1 | PHONE_NSA_ONLY
 */
export function phoneCode(phone: Pick<PhoneProfile, 'volte' | 'nrModes'>): PhoneCode {
  const volte = phone.volte === undefined ? 2 : phone.volte ? 1 : 0;
  return volte | (nsaOnly(phone.nrModes) ? PHONE_NSA_ONLY : 0);
}

/** Known to support 5G only anchored on LTE: the modes are listed and SA is not among them. */
export function nsaOnly(modes: readonly string[] | undefined): boolean {
  return modes !== undefined && modes.length > 0 && !modes.includes('SA');
}
