import Table from 'cli-table3';
import type { PriceQuote } from '../engine/price.js';
import type { RankedPhone } from '../engine/rank-phones.js';
import type { PhonesResult } from '../service/phones-report.js';
import { painter } from './paint.js';

/** Where a price comes from: the user's row or the launch market, its date (old if over three years), and the conversion. */
export function priceSource(price: PriceQuote): string {
  const from = price.from;
  const origin = price.origin === 'user' ? `list line ${price.line}${price.store ? ` ${price.store}` : ''}:` : `launch ${from.market}`;
  const date = price.date ? `, ${price.dateOf === 'price' ? 'dated' : price.dateOf} ${price.date}${price.old ? ' (old)' : ''}` : '';
  const rate = price.converted && price.rate !== undefined ? `, at ${price.rate} ${price.currency}/${from.currency} of ${price.rateDate}` : '';
  return `${origin} ${from.amount} ${from.currency}${date}${rate}`;
}

const esimText = (phone: RankedPhone) => (phone.esim === undefined ? '?' : phone.esim ? 'yes' : 'no');

/** Why phones were left out, each reason only when it counted any. */
function leftOut(x: PhonesResult['excluded']): string {
  const parts: [number, string][] = [
    [x.belowVerdict, 'below the verdict asked'], [x.overBudget, 'over budget'], [x.unknownPrice, 'with no known price'],
    [x.unknownBands, 'with no known band list'], [x.notSoldThere, 'with no variant meant for the country'],
    [x.unknownMarkets, 'with no launch market recorded'],
    [x.beforeSince, 'announced before --since'], [x.unknownYear, 'with no known announce year'],
    [x.noEsim, 'with no known eSIM'], [x.notOnPriceList, 'not on the price list'],
  ];
  return `Left out: ${parts.filter(([n], i) => n > 0 || i < 3).map(([n, why]) => `${n} ${why}`).join(', ')}.`;
}

/** The `bandfit phones` table: year, eSIM, the price with its source and age, the value per 100 EUR. */
export function formatPhones(r: PhonesResult, colour: boolean): string {
  const p = painter(colour);
  const lines = [p.bold(`Phones for ${r.carriers.map((c) => c.name).join(', ') || 'no carrier'} (${r.country}), prices in ${r.currency}, as of ${r.asOf}`)];
  lines.push(`Performance: ${r.benchmark ?? 'no benchmark known'}; value: ${r.valueUnit}; exchange rates of ${r.rates.date} (${r.rates.source})`);
  if (r.priceList) {
    const l = r.priceList;
    lines.push(`Prices from ${l.file}: ${l.matched} of ${l.rows} rows found a phone.`);
    for (const u of l.unmatched) lines.push(`  line ${u.line}, not ranked: ${u.reason}`);
  }
  const table = new Table({ head: ['#', 'Phone', 'Year', 'Variant', 'Verdict', 'eSIM', 'Price', 'Price source', 'Perf.', 'Value'], style: p.tableStyle });
  r.phones.forEach((phone, i) => {
    const price = phone.price ? `${phone.price.amount.toFixed(0)}${phone.price.old ? ' (old)' : ''}` : 'unknown';
    const perf = phone.performance ? `${phone.performance.score}${phone.performance.estimated ? ' (est.)' : ''}` : 'unknown';
    table.push([
      i + 1, `${phone.brand} ${phone.name}`, phone.announced?.slice(0, 4) ?? '?', phone.variantLabel, p.level(phone.verdict.level), esimText(phone),
      price, phone.price ? priceSource(phone.price) : '-', perf, phone.value?.toFixed(1) ?? 'unknown',
    ]);
  });
  lines.push(r.phones.length ? table.toString() : 'No phone matches.');
  lines.push(leftOut(r.excluded));
  if (r.phones.some((phone) => phone.price?.old)) lines.push('(old): the price is more than three years old; what the phone costs now may differ.');
  return lines.join('\n');
}
