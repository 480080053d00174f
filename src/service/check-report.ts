import type { UnreadBandText } from '../bands/parse-device-bands.js';
import type { Carrier } from '../catalog/types.js';
import type { PhoneIdentification } from './identify-phone.js';
import { checkCarriers, resolvePhone, type CarrierResult, type DeviceSummary, type PhoneInput } from './check-service.js';

/** The documented shape of `bandfit check --json` and `GET /api/v1/check` (docs/api.md). */
export interface CheckReport {
  /** The day the verdicts are for (`--as-of`, else today). */
  asOf: string;
  country: string;
  countryName: string;
  device: DeviceSummary | null;
  bands: string[];
  unread: UnreadBandText[];
  results: CarrierResult[];
  /** With `imei`: the TAC table row that identified the phone. */
  identified?: PhoneIdentification;
}

/** Resolves the phone and judges it on each carrier of one country. */
export function buildCheckReport(
  phoneInput: PhoneInput,
  country: { code: string; name: string },
  carriers: Carrier[],
  asOf: string,
): CheckReport {
  const phone = resolvePhone(phoneInput, country.code);
  return {
    asOf,
    country: country.code,
    countryName: country.name,
    device: phone.device,
    bands: phone.bands,
    unread: phone.unread,
    results: checkCarriers(phone, carriers, asOf),
  };
}
