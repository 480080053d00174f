import Table from 'cli-table3';
import { Command } from 'commander';
import { asOfOf, withAsOfOption } from '../as-of-option.js';
import type { TripReport } from '../../engine/plan-trip.js';
import { checkQueryParams } from '../../service/check-query-params.js';
import { listParameter } from '../../service/list-parameter.js';
import { tripQuery } from '../../service/queries.js';
import { MAX_COUNTRIES, MAX_DEVICES } from '../../service/query-limits.js';
import type { CliContext } from '../context.js';
import { everyValue } from '../every-value.js';
import { painter } from '../paint.js';
import { formatIdentified } from '../format-identified.js';

function formatTrip(r: TripReport & { asOf: string }, colour: boolean): string {
  const p = painter(colour);
  const table = new Table({ head: ['Phone', 'Variant', ...r.countries, 'Whole trip'], style: p.tableStyle });
  for (const phone of r.phones) {
    table.push([
      phone.name,
      phone.variantLabel,
      ...phone.stops.map((s) => `${p.level(s.level)}${s.carrier ? `\n${s.carrier}` : ''}`),
      `${p.level(phone.worst)} (${phone.meanScore.toFixed(2)})`,
    ]);
  }
  const best = r.phones.find((x) => x.deviceId === r.best);
  return [`As of ${r.asOf}`, table.toString(), best ? `Best across the trip: ${p.bold(best.name)} (${best.variantLabel})` : 'No phone works in every country.'].join('\n');
}

/** `bandfit trip DEVICE... [--imei IMEI,...] --countries US,DE,JP` */
export function tripCommand(ctx: CliContext): Command {
  return withAsOfOption(new Command('trip')
    .description('Will my phones work on my whole trip? Best carrier per country and the best phone overall.')
    .argument('[devices...]', 'one or more phones')
    .option('--imei <list>', 'phones by IMEI (dial *#06#) or 8-digit TAC, comma-separated or repeated', everyValue)
    .requiredOption('--countries <list>', 'countries, comma-separated or repeated (US,DE,JP)', everyValue)
    .option('--variant <label>', 'judge this variant of each phone (label or model number), not its best one', everyValue)
    .option('--json', 'machine-readable output'))
    .action(async (devices: string[], o: { countries: string[]; variant?: string[]; json?: boolean; imei?: string[]; asOf?: string[] }) => {
      // The schema first, on the lists as given, then the flags' lists split: the route's order.
      // Each DEVICES argument is one phone, commas and all (`iPhone17,1` is an iPhone 16 Pro).
      const { imei, ...query } = checkQueryParams('trip', {
        ...(devices.length ? { devices } : {}),
        countries: o.countries,
        ...(o.imei !== undefined ? { imei: o.imei } : {}),
        ...(o.variant !== undefined ? { variant: o.variant } : {}),
        asOf: asOfOf(o),
      });
      const report = tripQuery(await ctx.snapshot(), {
        ...query,
        countries: listParameter(query.countries, 'countries', MAX_COUNTRIES),
        ...(imei ? { imei: listParameter(imei, 'imei', MAX_DEVICES) } : {}),
      });
      if (o.json) return ctx.io.out(JSON.stringify(report, null, 2));
      for (const id of report.identified ?? []) ctx.io.out(formatIdentified(id));
      ctx.io.out(formatTrip(report, ctx.io.isTTY));
    });
}
