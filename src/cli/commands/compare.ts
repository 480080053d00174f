import Table from 'cli-table3';
import { Command } from 'commander';
import { asOfOf, withAsOfOption } from '../as-of-option.js';
import type { CompareResult } from '../../service/compare-report.js';
import { checkQueryParams } from '../../service/check-query-params.js';
import { compareQuery } from '../../service/queries.js';
import type { CliContext } from '../context.js';
import { everyValue } from '../every-value.js';
import { esimCell } from '../format-esim.js';
import { painter } from '../paint.js';

function formatCompare(r: CompareResult, colour: boolean): string {
  const p = painter(colour);
  const d = r.devices;
  const table = new Table({ head: ['', ...d.map((x) => `${x.brand} ${x.name}`)], style: p.tableStyle, wordWrap: true });
  const row = (label: string, cell: (x: CompareResult['devices'][number]) => string) => table.push([label, ...d.map(cell)]);
  row('Announced', (x) => x.announced ?? 'unknown');
  row('Chipset', (x) => x.specs.chipset ?? 'unknown');
  row('RAM / storage GB', (x) => `${x.specs.ramGb?.join('/') ?? '?'} / ${x.specs.storageGb?.join('/') ?? '?'}`);
  row('Display', (x) => (x.specs.displayInches ? `${x.specs.displayInches}" ${x.specs.resolution ?? ''}` : 'unknown'));
  row('Battery', (x) => (x.specs.batteryMah ? `${x.specs.batteryMah} mAh` : 'unknown'));
  row('Benchmarks', (x) => x.benchmarks.map((b) => `${b.name} ${b.version}: ${b.score}`).join('\n') || 'unknown');
  row('Launch prices', (x) => x.prices.map((pr) => `${pr.amount} ${pr.currency} (${pr.market}${pr.tier ? `, ${pr.tier}` : ''})`).join('\n') || 'unknown');
  row('eSIM', (x) => esimCell(x).replace(/; /g, '\n'));
  row('Variants', (x) => x.variants.map((v) => `${v.label}${v.models.length ? ` ${v.models.slice(0, 3).join('/')}` : ''}`).join('\n'));
  if (r.country) {
    row(`Verdict in ${r.country}`, (x) =>
      x.variants.map((v) => `${v.label}: ${v.verdict ? `${p.level(v.verdict.level)}${v.verdict.carrier ? ` (${v.verdict.carrier})` : ''}` : '-'}`).join('\n'),
    );
  }
  return table.toString();
}

/** `bandfit compare DEVICE DEVICE... [--country CC]` */
export function compareCommand(ctx: CliContext): Command {
  return withAsOfOption(new Command('compare')
    .description('Specs, prices, benchmarks and verdicts side by side.')
    .argument('<devices...>', 'two or more phones')
    .option('--country <cc>', 'add each variant\'s best verdict in this country', everyValue)
    .option('--json', 'machine-readable output'))
    .action(async (devices: string[], o: { country?: string[]; json?: boolean; asOf?: string[] }) => {
      const query = checkQueryParams('compare', { devices, ...(o.country !== undefined ? { country: o.country } : {}), asOf: asOfOf(o) });
      const report = compareQuery(await ctx.snapshot(), query);
      ctx.io.out(o.json ? JSON.stringify(report, null, 2) : formatCompare(report, ctx.io.isTTY));
    });
}
