import Table from 'cli-table3';
import pc from 'picocolors';
import type { Level } from '../engine/types.js';
import type { CheckReport } from '../service/check-report.js';
import type { CarrierResult } from '../service/check-service.js';
import { pasteBandsCommand } from '../messages/paste-bands.js';

type Paint = (text: string) => string;
const plain: Paint = (text) => text;

const LEVEL_COLOUR: Record<Level, Paint> = {
  full: pc.green,
  partial: pc.yellow,
  limited: pc.magenta,
  none: pc.red,
  unknown: pc.gray,
};

const TECH_SHORT: Record<string, string> = { GSM: '2G', CDMA: 'CDMA', UMTS: '3G', TDSCDMA: 'TD-SCDMA', LTE: '4G', NR: '5G' };

function techCell(result: CarrierResult, role: 'data' | '5g' | 'legacy'): string {
  const techs = result.technologies.filter((t) => t.role === role);
  if (!techs.length) return '-';
  return techs
    .map((t) => {
      if (t.state === 'off') return `${TECH_SHORT[t.tech]} off${t.date ? ` ${t.date}` : ''}`;
      const got = t.supported.length ? t.supported.join(' ') : 'none';
      const miss = t.missing.length ? ` (no ${t.missing.join(' ')})` : '';
      return `${TECH_SHORT[t.tech]}: ${got}${miss}`;
    })
    .join('\n');
}

/**
 * A catalog phone whose band list no source gives: one honest answer instead of a table of
 * `unknown` rows, and the way to a verdict (its spec sheet's network lines).
 */
function unknownBandsLines(report: CheckReport): string[] {
  const carriers = report.results.map((r) => r.carrier.name);
  const others = report.device?.otherVariants ?? [];
  return [
    `Phone bands: unknown (no band list for this ${others.length ? 'variant' : 'phone'} is in the catalog's sources)`,
    `No verdict: without its bands, whether it works on ${carriers.length ? carriers.join(', ') : 'these carriers'} cannot be said.`,
    ...(others.length ? [`Other variants: ${others.map((v) => v.label).join(', ')} (choose with --variant)`] : []),
    `Have its spec sheet? Paste its network lines: ${pasteBandsCommand(report.country)}`,
    ...(report.device ? [`  or teach bandfit its bands once: bandfit devices add "${report.device.brand} ${report.device.name}" --from saved-spec-page.html`] : []),
  ];
}

/** The human form of `bandfit check`: a table, verdict first, with reasons under it. */
export function formatCheck(report: CheckReport, options: { colour: boolean; sources: boolean }): string {
  const paint = (level: Level) => (options.colour ? LEVEL_COLOUR[level] : plain);
  const bold: Paint = options.colour ? pc.bold : plain;
  const lines: string[] = [];
  const phone = report.device
    ? `${report.device.brand} ${report.device.name} (${report.device.variant.label}${report.device.variant.models.length ? `, ${report.device.variant.models.join('/')}` : ''})`
    : 'Pasted bands';
  lines.push(bold(`${phone} in ${report.countryName} (${report.country}), as of ${report.asOf}`));
  if (report.device && !report.bands.length) return [...lines, ...unknownBandsLines(report)].join('\n');
  lines.push(`Phone bands: ${report.bands.join(' ') || 'none read'}`);
  const esim = report.device?.variant.esim;
  if (esim !== undefined) lines.push(`eSIM: ${esim ? 'yes' : 'no'}`);
  if (report.device?.otherVariants.length) {
    lines.push(`Other variants: ${report.device.otherVariants.map((v) => v.label).join(', ')} (choose with --variant)`);
  }
  for (const u of report.unread) lines.push(`Not understood: "${u.text}" (${u.reason})`);
  const table = new Table({
    head: ['Carrier', 'Data', 'Calls', 'Score', '4G / data', '5G', '2G / 3G'],
    style: { head: options.colour ? ['cyan'] : [], border: options.colour ? ['gray'] : [] },
    wordWrap: true,
    colWidths: [18, 10, 14, 7, 26, 20, 22],
  });
  for (const r of report.results) {
    const level = paint(r.level)(r.level.toUpperCase());
    table.push([r.carrier.name, level, r.calls, r.score === null ? '?' : r.score.toFixed(2), techCell(r, 'data'), techCell(r, '5g'), techCell(r, 'legacy')]);
  }
  lines.push(table.toString());
  for (const r of report.results) {
    lines.push('');
    const age = r.dataAge.checked ? `data checked ${r.dataAge.checked}${r.dataAge.stale ? ', over a year ago' : ''}` : 'data not checked by hand';
    lines.push(`${bold(r.carrier.name)}: data ${paint(r.level)(r.level)}, calls ${r.calls}${r.carrier.origin === 'derived' ? ' (bands derived from public band text)' : ''}${r.carrier.roamsOn ? ` (its own cells and ${r.carrier.roamsOn.name}'s, onto which its customers roam)` : ''}; ${age}`);
    for (const reason of r.reasons) lines.push(`  - ${reason.message}`);
    if (options.sources) {
      for (const s of r.carrier.sources) lines.push(`  source: ${s.title}${s.url ? ` <${s.url}>` : ''}${s.ref ? ` [${s.ref}]` : ''}`);
    }
  }
  if (!report.results.length) lines.push('No carrier matched.');
  return lines.join('\n');
}

