import { difference, intersect, isEmpty, bandIds } from '../bands/band-set.js';
import type { Carrier } from '../catalog/types.js';
import { reason, type ReasonParams } from './reason-messages.js';
import { nsaOnly } from './phone-code.js';
import { techMask } from './tech-masks.js';
import type { PhoneProfile, Reason } from './types.js';
import { isSaOnly } from './verdict-kernel.js';

/** The phone as a carrier sees it: without its 5G where the 5G is standalone only and the phone lacks SA. */
export interface PhoneOnCarrier {
  phone: PhoneProfile;
  /** True when 5G bands were dropped for that reason. */
  saBlocked: boolean;
}

/**
 * A 5G network that runs standalone only (Jio) serves 5G only to phones with 5G SA: a phone
 * known to support NSA only keeps its 4G and 2G/3G bands there and loses its 5G ones.
 *
 * @example
 * phoneOnCarrier({ bands, nrModes: ['NSA'] }, jio).saBlocked; // true
 */
export function phoneOnCarrier(phone: PhoneProfile, carrier: Carrier): PhoneOnCarrier {
  if (!isSaOnly(carrier.nrModes) || !nsaOnly(phone.nrModes)) return { phone, saBlocked: false };
  const nr = techMask('NR');
  if (isEmpty(intersect(phone.bands, nr))) return { phone, saBlocked: false };
  return { phone: { ...phone, bands: difference(phone.bands, nr) }, saBlocked: true };
}

/**
 * The 5G reasons as SA vs NSA changes them: `NR_SA_ONLY` in place of "no 5G" when the phone's
 * 5G was dropped, `NR_SA_UNCONFIRMED` when the network is SA only and the phone's modes are not known.
 */
export function saReasons(reasons: Reason[], on: PhoneOnCarrier, listed: PhoneProfile, carrier: Carrier, params: ReasonParams): Reason[] {
  if (on.saBlocked) {
    const sa = reason('NR_SA_ONLY', bandIds(intersect(listed.bands, techMask('NR'))), params);
    if (!reasons.some((r) => r.code === 'NO_5G')) return [...reasons, sa];
    return reasons.map((r) => (r.code === 'NO_5G' ? sa : r));
  }
  if (isSaOnly(carrier.nrModes) && listed.nrModes === undefined && !isEmpty(intersect(listed.bands, techMask('NR')))) {
    return [...reasons, reason('NR_SA_UNCONFIRMED', [], params)];
  }
  return reasons;
}
