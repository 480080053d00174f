import type { CheckReport } from '../api.js';
import { LEVELS } from '../levels.js';

/**
 * A check answer as plain text to paste in a message or a ticket: phone, variant, country,
 * then per carrier its verdict and the bands it misses (technologies switched off are left out:
 * their bands are not missing, they are gone).
 *
 * @example
 * reportText(report, 'http://127.0.0.1:8080/#/check?device=xiaomi-mi-6&country=US');
 */
export function reportText(report: CheckReport, link?: string): string {
  const v = report.device?.variant;
  const phone = report.device ? `${report.device.brand} ${report.device.name}` : `Pasted bands: ${report.bands.join(' ')}`;
  const lines = [
    `Phone: ${phone}`,
    ...(v ? [`Variant: ${v.label}${v.models.length ? ` (${v.models.join(', ')})` : ''}`] : []),
    `Country: ${report.countryName}`,
  ];
  for (const r of report.results) {
    const missing = r.technologies.filter((t) => t.state !== 'off' && t.state !== 'none').flatMap((t) => t.missing);
    lines.push(
      '',
      `Carrier: ${r.carrier.name}`,
      `Verdict: ${r.level} (${LEVELS[r.level].words})${r.score !== null ? `, score ${Math.round(r.score * 100)}%` : ''}`,
      `Calls: ${r.calls}`,
      `Missing bands: ${missing.length ? missing.join(', ') : 'none'}`,
    );
  }
  if (report.unread.length) lines.push('', `Not read from the pasted text: ${report.unread.map((u) => u.text).join(', ')}`);
  if (link) lines.push('', link);
  return `${lines.join('\n')}\n`;
}
