import type { PhonesResult } from '../api.js';
import { download, toCsv } from '../export/csv.js';
import { copyLink, ShareBar } from '../export/share-bar.js';
import { VerdictBadge } from '../levels.js';

type Phone = PhonesResult['phones'][number];

const price = (p: Phone) => (p.price ? `${Math.round(p.price.amount)} ${p.price.currency}` : '');

/** The list as CSV, one phone a row, numbers unformatted so a spreadsheet can sort them. */
export function phonesCsv(result: PhonesResult): string {
  return toCsv([
    ['rank', 'phone', 'variant', 'verdict', 'carrier', 'price', 'currency', 'price_from', 'performance', 'performance_estimated', 'value'],
    ...result.phones.map((p, i) => [
      i + 1, `${p.brand} ${p.name}`, p.variantLabel, p.verdict.level, p.verdict.carrier ?? '',
      p.price ? Math.round(p.price.amount) : '', p.price ? p.price.currency : '',
      p.price?.converted ? `${p.price.from.amount} ${p.price.from.currency}` : '',
      p.performance?.score ?? '', p.performance ? String(!!p.performance.estimated) : '', p.value !== undefined ? p.value.toFixed(1) : '',
    ]),
  ]);
}

/** Best value phones as a table; under 600 px each row stacks into a card (`table.stack`). */
export function PhonesTable({ result }: { result: PhonesResult }) {
  const x = result.excluded;
  return (
    <div aria-live="polite">
      {result.phones.length === 0 ? (
        <p class="empty">No phone matches these filters. Try a higher price or a lower verdict.</p>
      ) : (
        <>
          <ShareBar actions={[copyLink, { label: 'Download CSV', done: 'CSV saved', run: () => download(`bandfit-best-value-${result.country}.csv`, phonesCsv(result)) }, { label: 'Print', done: '', run: () => print() }]} />
          <table class="phones stack">
            <caption>Prices are launch prices in {result.currency} (exchange rates of {result.rates.date}); performance: {result.benchmark ?? 'no common benchmark'}; value: {result.valueUnit}</caption>
            <thead><tr><th scope="col">#</th><th scope="col">Phone</th><th scope="col">Verdict</th><th scope="col">Price</th><th scope="col">Performance</th><th scope="col">Value</th></tr></thead>
            <tbody>
              {result.phones.map((p, i) => (
                <tr key={p.deviceId}>
                  <td data-label="#">{i + 1}</td>
                  <th scope="row">{p.brand} {p.name}<small> {p.variantLabel}</small></th>
                  <td data-label="Verdict"><VerdictBadge level={p.verdict.level} />{p.verdict.carrier ? <small> {p.verdict.carrier}</small> : null}</td>
                  <td data-label="Price">{price(p) || 'unknown'}{p.price?.converted ? <small> from {p.price.from.amount} {p.price.from.currency}</small> : null}</td>
                  <td data-label="Performance">{p.performance ? `${p.performance.score.toLocaleString()}${p.performance.estimated ? ' (est.)' : ''}` : 'unknown'}</td>
                  <td data-label="Value">{p.value !== undefined ? p.value.toFixed(1) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <p class="hint">Left out: {x.belowVerdict} below the verdict asked, {x.overBudget} over budget, {x.unknownPrice} with no known price{x.unknownBands ? `, ${x.unknownBands} with no known band list` : ''}.</p>
    </div>
  );
}
