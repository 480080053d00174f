import { TECHS } from '../bands/types.js';
import type { TeachReading } from '../service/teach-reading.js';

const TECH_NAME: Record<string, string> = { GSM: '2G GSM', CDMA: 'CDMA', UMTS: '3G UMTS', TDSCDMA: 'TD-SCDMA', LTE: '4G LTE', NR: '5G NR' };

/**
 * What `devices add` read, band by band per variant, then every piece of text it could not read:
 *
 *   Apple iPhone 16 Pro: 4 variants read
 *   A3293 (A3293)
 *     2G GSM   GSM850 GSM900 GSM1800 GSM1900
 *     4G LTE   B1 B2 B3 … (27)
 */
export function formatTeachReading(read: TeachReading, stored: string): string {
  const lines = [`${read.name}: ${read.variants.length} variant${read.variants.length === 1 ? '' : 's'} read`];
  for (const v of read.variants) {
    lines.push(`${v.label}${v.models.length ? ` (${v.models.join(', ')})` : ''}  [${v.id}]`);
    for (const tech of TECHS) {
      const bands = v.bands[tech];
      if (bands?.length) lines.push(`  ${TECH_NAME[tech]!.padEnd(9)}${bands.join(' ')} (${bands.length})`);
    }
    if (v.nrModes) lines.push(`  ${'5G modes'.padEnd(9)}${v.nrModes.join(', ')}`);
    if (v.unlistedTechs) lines.push(`  named without a band list: ${v.unlistedTechs.map((t) => TECH_NAME[t]).join(', ')}`);
  }
  if (read.unread.length) {
    lines.push(`Could not read ${read.unread.length} piece${read.unread.length === 1 ? '' : 's'} of text:`);
    for (const u of read.unread) lines.push(`  ${u.field}: "${u.text}" (${u.reason})`);
  } else lines.push('Every piece of band text was read.');
  lines.push(stored);
  return lines.join('\n');
}
