import Table from 'cli-table3';
import { Command } from 'commander';
import { asOfOf, withAsOfOption } from '../as-of-option.js';
import { BandfitError } from '../../errors.js';
import { checkQueryParams } from '../../service/check-query-params.js';
import { listParameter } from '../../service/list-parameter.js';
import { whereQuery } from '../../service/queries.js';
import { MAX_COUNTRIES } from '../../service/query-limits.js';
import type { WhereResult } from '../../service/where-report.js';
import type { CliContext } from '../context.js';
import { everyValue } from '../every-value.js';
import { painter } from '../paint.js';
import { pasteBandsCommand } from '../../messages/paste-bands.js';
import { formatIdentified } from '../format-identified.js';

/** Names listed per launch date; the table has every country. */
const MARKET_NAMES = 12;

/** `Sold officially in 3 countries: from 2018-10-26 in A, B; date unknown in C`, or unknown. */
export function formatMarkets(markets: WhereResult['launchMarkets']): string {
  if (!markets.length) return 'Sold officially: unknown (no launch market is recorded)';
  const byDate = new Map<string, string[]>();
  for (const m of markets) byDate.set(m.date ?? '', [...(byDate.get(m.date ?? '') ?? []), m.name]);
  const groups = [...byDate].map(([date, names]) => {
    const listed = names.slice(0, MARKET_NAMES).join(', ') + (names.length > MARKET_NAMES ? ` and ${names.length - MARKET_NAMES} more` : '');
    return `${date ? `from ${date}` : 'date unknown'} in ${listed}`;
  });
  return `Sold officially in ${markets.length} ${markets.length === 1 ? 'country' : 'countries'}: ${groups.join('; ')}`;
}

/** `Global 23127PN0CG` */
const variantName = (v: WhereResult['device']['variants'][number]) => v.label + (v.models.length ? ` ${v.models.join('/')}` : '');

function formatWhere(r: WhereResult, colour: boolean, limit: number): string {
  const p = painter(colour);
  const s = r.summary;
  const lines = [
    p.bold(`${r.device.brand} ${r.device.name}`) + ` (${r.device.variants.map(variantName).join('; ')}), as of ${r.asOf}`,
    formatMarkets(r.launchMarkets),
  ];
  const unknown = r.device.variants.filter((v) => !v.bandsKnown);
  if (unknown.length === r.device.variants.length) {
    lines.push(
      'Works: unknown everywhere, because no band list for this phone is in the catalog\'s sources.',
      `Have its spec sheet? Paste its network lines: ${pasteBandsCommand()}`,
      `  or teach bandfit its bands once: bandfit devices add "${r.device.brand} ${r.device.name}" --from saved-spec-page.html`,
    );
    return lines.join('\n');
  }
  if (unknown.length) {
    lines.push(`Band list unknown for: ${unknown.map(variantName).join('; ')}; the verdicts below rest on the other variants.`);
  }
  lines.push(
    `Works fully in ${s.full} countries, partly in ${s.partial}, limited in ${s.limited}, not at all in ${s.none}, unknown in ${s.unknown}.`,
  );
  const derived = r.countries.filter((c) => c.origin === 'derived').length;
  if (derived) {
    lines.push(`In ${derived} of ${r.countries.length === 1 ? 'this country' : `these ${r.countries.length} countries`} the verdict rests only on derived data (mcc-mnc-list band text, not curated; Data column): its band list may be incomplete or out of date.`);
  }
  const table = new Table({ head: ['Country', 'Sold', 'Best verdict', 'Score', 'Best carrier', 'Data', 'Variant'], style: p.tableStyle });
  for (const c of r.countries.slice(0, limit)) {
    const sold = c.sold ? `yes${c.since ? ` ${c.since}` : ''}` : '-';
    table.push([`${c.name} (${c.country})`, sold, p.level(c.level), c.score === null ? '?' : c.score.toFixed(2), c.carrier ?? '-', c.origin ?? '-', c.variantLabel]);
  }
  lines.push(table.toString());
  if (r.countries.length > limit) lines.push(`… ${r.countries.length - limit} more countries (--limit 0 for all, --country CC for one)`);
  return lines.join('\n');
}

/** `bandfit where DEVICE`: where it is sold, and how well it works in every country. */
export function whereCommand(ctx: CliContext): Command {
  return withAsOfOption(new Command('where')
    .description('Where is this phone sold, and where does it work? Best verdict per country.')
    .argument('[device]', 'phone name or model number')
    .option('--imei <digits>', 'the phone by its IMEI (dial *#06#) or its 8-digit TAC, judged as the variant its TAC names', everyValue)
    .option('--country <cc>', 'only these countries (comma-separated or repeated), with every carrier verdict', everyValue)
    .option('--limit <n>', 'countries to list (0 = all)', '40')
    .option('--json', 'machine-readable output'))
    .action(async (device: string | undefined, options: { json?: boolean; limit: string; country?: string[]; imei?: string[]; asOf?: string[] }) => {
      // A display option of the table only: the answer itself (and `--json`) lists every country.
      if (!/^\d+$/.test(options.limit.trim())) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'bad-number', parameter: 'limit', input: options.limit, expected: 'a whole number of countries to list, 0 for all' });
      const { country, ...query } = checkQueryParams('where', {
        ...(device !== undefined ? { device } : {}),
        ...(options.imei !== undefined ? { imei: options.imei } : {}),
        ...(options.country !== undefined ? { country: options.country } : {}),
        asOf: asOfOf(options),
      });
      const countries = country === undefined ? undefined : listParameter(country, 'country', MAX_COUNTRIES);
      const report = whereQuery(await ctx.snapshot(), { ...query, ...(countries ? { countries } : {}) });
      const limit = Number(options.limit) > 0 ? Number(options.limit) : Infinity;
      if (options.json) ctx.io.out(JSON.stringify(report, null, 2));
      else {
        if (report.identified) {
          const variant = report.identified.variantIdentified ? `, ${report.device.variants[0]?.label} variant` : '';
          ctx.io.out(formatIdentified(report.identified, `${report.device.brand} ${report.device.name}${variant}`));
        }
        ctx.io.out(formatWhere(report, ctx.io.isTTY, limit));
        if (options.country) {
          for (const c of report.countries) {
            ctx.io.out(`\n${c.name}: ${c.carriers.map((v) => `${v.carrier} ${v.level}${v.score === null ? '' : ` ${v.score.toFixed(2)}`}`).join(', ')}`);
          }
        }
      }
    });
}
