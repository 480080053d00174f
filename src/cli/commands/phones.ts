import Table from 'cli-table3';
import { Command } from 'commander';
import { asOfOf, withAsOfOption } from '../as-of-option.js';
import type { PhoneSort } from '../../engine/rank-phones.js';
import type { Level } from '../../engine/types.js';
import { BandfitError } from '../../errors.js';
import type { PhonesResult } from '../../service/phones-report.js';
import { phonesQuery } from '../../service/queries.js';
import type { CliContext } from '../context.js';
import { painter } from '../paint.js';

const SORTS: PhoneSort[] = ['value', 'performance', 'price', 'newest'];
const LEVELS: Level[] = ['full', 'partial', 'limited', 'none'];

function formatPhones(r: PhonesResult, colour: boolean): string {
  const p = painter(colour);
  const lines = [p.bold(`Phones for ${r.carriers.map((c) => c.name).join(', ') || 'no carrier'} (${r.country}), prices in ${r.currency}, as of ${r.asOf}`)];
  lines.push(`Performance: ${r.benchmark ?? 'no benchmark known'}; exchange rates of ${r.rates.date} (${r.rates.source})`);
  const table = new Table({ head: ['#', 'Phone', 'Variant', 'Verdict', 'Price', 'Price source', 'Perf.', 'Value'], style: p.tableStyle });
  r.phones.forEach((phone, i) => {
    const price = phone.price
      ? `${phone.price.amount.toFixed(0)}`
      : 'unknown';
    const priceSource = phone.price
      ? `launch ${phone.price.from.market} ${phone.price.from.amount} ${phone.price.from.currency}${phone.price.converted ? ' (converted)' : ''}`
      : '-';
    const perf = phone.performance ? `${phone.performance.score}${phone.performance.estimated ? ' (est.)' : ''}` : 'unknown';
    table.push([i + 1, `${phone.brand} ${phone.name}`, phone.variantLabel, p.level(phone.verdict.level), price, priceSource, perf, phone.value?.toFixed(1) ?? 'unknown']);
  });
  lines.push(r.phones.length ? table.toString() : 'No phone matches.');
  const x = r.excluded;
  lines.push(`Left out: ${x.belowVerdict} below the verdict asked, ${x.overBudget} over budget, ${x.unknownPrice} with no known price${x.unknownBands ? `, ${x.unknownBands} with no known band list` : ''}.`);
  return lines.join('\n');
}

/** `bandfit phones --country CC [--carrier C] [--max-price N --currency USD] …` */
export function phonesCommand(ctx: CliContext): Command {
  return withAsOfOption(new Command('phones')
    .description('Which phones work on my carrier, best value first?')
    .option('--country <cc>', 'country code or name (may be left out with --carrier MCC-MNC)')
    .option('--carrier <name>', 'one carrier: name or MCC-MNC (default: the best carrier of the country per phone)')
    .option('--max-price <n>', 'price cap, in --currency')
    .option('--currency <code>', 'currency for prices', 'USD')
    .option('--min-verdict <level>', `lowest verdict to list (${LEVELS.join(', ')})`, 'partial')
    .option('--sort <key>', `order (${SORTS.join(', ')})`, 'value')
    .option('--limit <n>', 'how many phones', '20')
    .option('--json', 'machine-readable output'))
    .action(async (o: { country?: string; carrier?: string; maxPrice?: string; currency: string; minVerdict: string; sort: string; limit: string; json?: boolean; asOf?: string }) => {
      const maxPrice = o.maxPrice === undefined ? undefined : Number(o.maxPrice);
      if (maxPrice !== undefined && !(maxPrice > 0)) throw new BandfitError('E_BAD_INPUT', `--max-price must be a positive number, got "${o.maxPrice}"`, { path: ['max-price'] });
      if (!SORTS.includes(o.sort as PhoneSort)) throw new BandfitError('E_BAD_INPUT', `--sort must be one of ${SORTS.join(', ')}`, { path: ['sort'] });
      if (!LEVELS.includes(o.minVerdict as Level)) throw new BandfitError('E_BAD_INPUT', `--min-verdict must be one of ${LEVELS.join(', ')}`, { path: ['min-verdict'] });
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new BandfitError('E_BAD_INPUT', `--limit must be a whole number from 1, got "${o.limit}"`, { path: ['limit'] });
      const report = phonesQuery(await ctx.snapshot(), {
        ...(o.country ? { country: o.country } : {}),
        ...(o.carrier ? { carrier: o.carrier } : {}),
        ...(maxPrice !== undefined ? { maxPrice } : {}),
        currency: o.currency,
        minVerdict: o.minVerdict as Level,
        sort: o.sort as PhoneSort,
        limit,
        asOf: asOfOf(o),
      });
      ctx.io.out(o.json ? JSON.stringify(report, null, 2) : formatPhones(report, ctx.io.isTTY));
    });
}
