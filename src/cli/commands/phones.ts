import { Command } from 'commander';
import { asOfOf, withAsOfOption } from '../as-of-option.js';
import { checkQueryParams } from '../../service/check-query-params.js';
import { phonesQuery, type PhonesQuery } from '../../service/phones-query.js';
import type { CliContext } from '../context.js';
import { everyValue } from '../every-value.js';
import { readInputFile } from '../../import/read-input-file.js';
import { formatPhones } from '../format-phones.js';

type PhoneSort = NonNullable<PhonesQuery['sort']>;
type Level = NonNullable<PhonesQuery['minVerdict']>;

const SORTS: PhoneSort[] = ['value', 'performance', 'price', 'newest'];
const LEVELS: Level[] = ['full', 'partial', 'limited', 'none'];

/** `bandfit phones --country CC [--carrier C] [--max-price N --currency USD] …` */
export function phonesCommand(ctx: CliContext): Command {
  return withAsOfOption(new Command('phones')
    .description('Which phones work on my carrier, best value first?')
    .option('--country <cc>', 'country code or name (may be left out with --carrier MCC-MNC)', everyValue)
    .option('--carrier <name>', 'one carrier: name or MCC-MNC (default: the best carrier of the country per phone)', everyValue)
    .option('--max-price <n>', 'price cap, in --currency', everyValue)
    .option('--currency <code>', 'currency for prices', everyValue, 'USD')
    .option('--min-verdict <level>', `lowest verdict to list (${LEVELS.join(', ')})`, everyValue, 'partial')
    .option('--sort <key>', `order (${SORTS.join(', ')})`, everyValue, 'value')
    .option('--limit <n>', 'how many phones', everyValue, '20')
    .option('--since <year>', 'only phones announced in this year or later', everyValue)
    .option('--esim', 'only phones the catalog knows have an eSIM')
    .option('--prices <file>', 'your own prices (CSV: model or name, price, currency, optional store and date): only these phones, at these prices')
    .option('--json', 'machine-readable output'))
    .action(async (o: { country?: string[]; carrier?: string[]; maxPrice?: string[]; currency: string | string[]; minVerdict: string | string[]; sort: string | string[]; limit: string | string[]; json?: boolean; asOf?: string[]; since?: string[]; esim?: boolean; prices?: string }) => {
      // As the route reads them: `--limit 20` is the number 20, a word that is no number is refused.
      const query = checkQueryParams('phones', {
        ...(o.since !== undefined ? { since: o.since } : {}),
        ...(o.esim ? { esim: true } : {}),
        ...(o.country !== undefined ? { country: o.country } : {}),
        ...(o.carrier !== undefined ? { carrier: o.carrier } : {}),
        ...(o.maxPrice !== undefined ? { maxPrice: o.maxPrice } : {}),
        currency: o.currency,
        minVerdict: o.minVerdict,
        sort: o.sort,
        limit: o.limit,
        asOf: asOfOf(o),
      });
      const prices = o.prices === undefined ? undefined : await readInputFile(o.prices);
      const report = phonesQuery(await ctx.snapshot(), { ...query, ...(prices ? { prices: { text: prices.text, file: prices.name } } : {}) });
      ctx.io.out(o.json ? JSON.stringify(report, null, 2) : formatPhones(report, ctx.io.isTTY));
    });
}
