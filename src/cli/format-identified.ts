import type { PhoneIdentification } from '../service/identify-phone.js';

/**
 * The line that says which TAC table row identified the phone, e.g.
 * `Identified by TAC 35799425: Samsung SM-S928U [samsung-tacs.csv, TAC 35799425; Samsung TAC table of SamloaderKotlin (MIT)]`,
 * then what the catalog made of it, and the row's other model codes the catalog lacks.
 */
export function formatIdentified(id: PhoneIdentification, judgedAs?: string): string {
  const asked = id.imei ? `IMEI ${id.imei}: TAC ${id.tac} is` : `TAC ${id.tac}:`;
  const codes = id.modelCodes.length > 1 ? ` (listed for ${id.modelCodes.join(', ')})` : '';
  const lines = [`Identified by ${asked} ${id.brand} ${id.model}${codes} [${id.row}; ${id.source}]`];
  if (judgedAs) {
    lines.push(id.variantIdentified
      ? `  = ${judgedAs} (found by ${id.matchedBy})`
      : `  = ${judgedAs}: the TAC names the phone, not its variant; judged as the variant shown (choose another with --variant)`);
  }
  if (id.unmatchedCodes.length) {
    lines.push(`  The TAC is also listed for ${id.unmatchedCodes.join(', ')}, which the catalog has no variant for: if your phone is one of them (its settings show the model number, under About), its bands may differ.`);
  }
  return lines.join('\n');
}
