import type { Carrier } from '../catalog/types.js';
import { reason, type ReasonParams } from './reason-messages.js';
import type { Calls, PhoneProfile, Reason, Verdict } from './types.js';
import { VOICE_CODES } from './verdict-kernel.js';

/** The calls dimension of a verdict, its words in the first API version, and its reasons. */
export interface CallsVerdict {
  calls: Calls;
  voice: Verdict['voice'];
  reasons: Reason[];
}

/** True when the phone is on the carrier's device list that its certified-only rule names. */
export function isCertified(phone: Pick<PhoneProfile, 'certifiedBy'>, carrier: Carrier): boolean {
  const policy = carrier.certifiedDevicesOnly;
  return policy === undefined || (phone.certifiedBy ?? []).includes(policy.network);
}

/**
 * True when the carrier (or the network an MVNO rides on) sells or lists the phone. On a
 * network where calls need VoLTE, a phone it lists makes calls over VoLTE there: its VoLTE is
 * confirmed by that list even where the maker's record does not say.
 */
export function onCarrierList(phone: Pick<PhoneProfile, 'certifiedBy'>, carrier: Carrier): boolean {
  const listed = phone.certifiedBy ?? [];
  return listed.includes(carrier.id) || (carrier.host !== undefined && listed.includes(carrier.host));
}

/**
 * How the phone makes calls on the carrier (docs/verdicts.md, "Calls"), from the kernel's voice
 * code (`VOICE_CODES`), without the reasons: what `checkCompatibility` answers at once.
 */
export function callsOf(voiceCode: number, phone: PhoneProfile, carrier: Carrier, nrOnly: boolean): Calls {
  if (voiceCode === 2) return 'circuit-switched';
  if (voiceCode === 1) return carrier.certifiedDevicesOnly !== undefined && !isCertified(phone, carrier) ? 'unconfirmed' : 'volte';
  if (voiceCode === 3) return !nrOnly && carrier.volteRequired === true && onCarrierList(phone, carrier) ? 'volte' : 'unconfirmed';
  return 'none';
}

/**
 * The calls of the first API version (`volte-unconfirmed` for `unconfirmed`, the others as
 * they are). A comparison, not a table: a keyed read with four different keys is a
 * megamorphic lookup in V8, and this runs for every pair `checkCompatibility` judges.
 */
export function voiceWords(calls: Calls): Verdict['voice'] {
  return calls === 'unconfirmed' ? 'volte-unconfirmed' : calls;
}

/**
 * `callsOf` for each kernel voice code on one carrier, where the answer does not depend on
 * the phone; `undefined` where it does (the phone's certification on a certified-only network,
 * its place on the device list of a network where calls need VoLTE). Worked out once per
 * carrier, so most pairs read no property of the carrier for their calls.
 */
export function phoneFreeCalls(carrier: Carrier, nrOnly: boolean): (Calls | undefined)[] {
  const anyPhone: PhoneProfile = { bands: new Uint32Array(0) };
  return VOICE_CODES.map((_, code) => {
    const onList = (code === 1 && carrier.certifiedDevicesOnly !== undefined) || (code === 3 && !nrOnly && carrier.volteRequired === true);
    return onList ? undefined : callsOf(code, anyPhone, carrier, nrOnly);
  });
}

/**
 * How the phone makes calls on the carrier, with its reasons (`callsOf` gives the calls alone).
 * It never contradicts the level: the level is about data, this about calls, and
 * "lacks VoLTE" is said only where the phone's record says so (`volte: false` with a source).
 * `nrOnly` is true when the carrier has no LTE, so calls would go over 5G (VoNR).
 */
export function callsVerdict(voiceCode: number, phone: PhoneProfile, carrier: Carrier, nrOnly: boolean, params: ReasonParams): CallsVerdict {
  const kernel = VOICE_CODES[voiceCode]!;
  const calls = callsOf(voiceCode, phone, carrier, nrOnly);
  const reasons: Reason[] = [];
  const policy = carrier.certifiedDevicesOnly;
  const uncertified = policy !== undefined && !isCertified(phone, carrier);
  if (kernel === 'volte-unconfirmed' && calls === 'unconfirmed') reasons.push(reason(nrOnly ? 'VONR_NEEDED' : 'VOLTE_NEEDED', [], params));
  else if (calls === 'none') reasons.push(reason(phone.volte === false ? 'NO_VOLTE' : 'NO_VOICE', [], params));
  if (uncertified && (calls === 'unconfirmed' || calls === 'volte' || kernel === 'volte')) {
    reasons.push(reason('CERTIFIED_DEVICES_ONLY', [], { ...params, policy: policy.restricts, source: policy.source.title }));
  }
  return { calls, voice: voiceWords(calls), reasons };
}
