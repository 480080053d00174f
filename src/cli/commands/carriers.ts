import { createRequire } from 'node:module';
import Table from 'cli-table3';
import { Command } from 'commander';
import { carrierReport, formatCarrierReport } from '../../catalog/carrier-report.js';
import { sortByName } from '../../catalog/compare-names.js';
import type { MccMncRecord } from '../../catalog/derive-carriers.js';
import type { Carrier, TechStatus } from '../../catalog/types.js';
import { carriersQuery } from '../../service/carriers-query.js';
import { checkQueryParams } from '../../service/check-query-params.js';
import type { CliContext } from '../context.js';
import { everyValue } from '../every-value.js';
import { painter } from '../paint.js';

/** Curated first, then networks before MVNOs (each then by name: `sortByName`). */
const curatedFirst = (a: Carrier, b: Carrier) => Number(b.origin === 'curated') - Number(a.origin === 'curated') || Number(a.kind === 'mvno') - Number(b.kind === 'mvno');
const bandList = (bands: Carrier['lte']) => bands.map((b) => `${b.band}${b.layer === 'coverage' ? '*' : ''}`).join(' ') || '-';
const status = (name: string, s: TechStatus) =>
  s.state === 'unknown' && !s.bands?.length ? '' : `${name} ${s.state}${s.date ? ` ${s.date}` : ''}${s.bands?.length ? ` (${s.bands.join(' ')})` : ''}`;

function formatCarriers(carriers: Carrier[], catalog: readonly Carrier[], colour: boolean, sources: boolean): string {
  const p = painter(colour);
  const table = new Table({ head: ['Carrier', 'Kind', 'MCC-MNC', '4G (* coverage)', '5G', '2G / 3G', 'Data'], style: p.tableStyle, wordWrap: true, colWidths: [20, 16, 14, 26, 20, 30, 9] });
  const names = new Map(catalog.map((c) => [c.id, c.name]));
  for (const c of carriers) {
    const legacy = [status('GSM', c.gsm), status('UMTS', c.umts), status('TD-SCDMA', c.tdscdma), status('CDMA', c.cdma)].filter(Boolean).join('\n');
    table.push([c.name, c.kind === 'mvno' ? (c.host ? `MVNO on ${names.get(c.host) ?? c.host}` : 'MVNO') : 'network', c.mccmnc.slice(0, 4).join(' '), bandList(c.lte), bandList(c.nr), legacy || '-', c.origin]);
  }
  const lines = [table.toString()];
  if (sources) for (const c of carriers) for (const s of c.sources) lines.push(`${c.name}: ${s.title}${s.url ? ` <${s.url}>` : ''}${s.ref ? ` [${s.ref}]` : ''}`);
  return lines.join('\n');
}

/** `bandfit carriers [--country CC] [--json] [--report]` */
export function carriersCommand(ctx: CliContext): Command {
  return new Command('carriers')
    .description('Carriers with their bands per technology, coverage layers and 2G/3G sunsets; --report for catalog coverage.')
    .option('--country <cc>', 'one country (code or name)', everyValue)
    .option('--report', 'how much of the world is covered, and every band token not understood')
    .option('--sources', 'list each carrier\'s sources')
    .option('--json', 'machine-readable output')
    .action(async (o: { country?: string[]; report?: boolean; sources?: boolean; json?: boolean }) => {
      const country = o.country === undefined ? undefined : checkQueryParams('carriers', { country: o.country }).country;
      const snapshot = await ctx.snapshot();
      const catalog = snapshot.carriers;
      if (o.report) {
        const records = createRequire(import.meta.url)('mcc-mnc-list').all() as MccMncRecord[];
        const report = carrierReport(catalog, records);
        ctx.io.out(o.json ? JSON.stringify(report, null, 2) : formatCarrierReport(report));
        return;
      }
      // One country is the route's query and answer; every carrier is the CLI's own listing, curated first.
      const answer = country === undefined ? { carriers: sortByName(catalog.carriers, (c) => c.name, curatedFirst) } : carriersQuery(snapshot, { country });
      ctx.io.out(o.json ? JSON.stringify(answer, null, 2) : formatCarriers(answer.carriers, catalog.carriers, ctx.io.isTTY, o.sources === true));
    });
}
