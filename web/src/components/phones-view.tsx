import { useEffect, useId, useState } from 'preact/hooks';
import { api, type Carrier, type CountryRow, type PhonesParams, type PhonesResult } from '../api.js';
import type { ScreenProps } from '../app.js';
import { CountryPicker } from './country-picker.js';
import { ErrorNote } from './error-note.js';
import { PhonesTable } from './phones-table.js';

/** The currencies of data/exchange-rates.json (ECB reference rates); the server checks again. */
const CURRENCIES = ['USD', 'EUR', 'GBP', 'INR', 'CNY', 'JPY', 'KRW', 'AUD', 'CAD', 'CHF', 'BRL', 'MXN', 'IDR', 'PHP', 'THB', 'MYR', 'SGD', 'HKD', 'TRY', 'ZAR', 'PLN', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'RON', 'BGN', 'ILS', 'ISK', 'NZD'];

const MIN_VERDICTS: [string, string][] = [['full', 'Works fully'], ['partial', 'Partial or better'], ['limited', 'Limited or better']];
const SORTS: [string, string][] = [['value', 'Value (performance per price)'], ['performance', 'Performance'], ['price', 'Price, lowest first'], ['newest', 'Newest']];

/** What was asked, in words, above the list: on screen, and on paper where the controls are not printed. */
function asked(result: PhonesResult, q: { countries: CountryRow[]; carrier?: string; max: string; currency: string; minVerdict: string; sort: string }): string {
  const where = q.countries.find((c) => c.code === result.country)?.name ?? result.country;
  const label = (options: [string, string][], value: string) => options.find(([v]) => v === value)?.[1].toLowerCase() ?? value;
  return [
    `${result.phones.length} phones in ${where}${q.carrier ? ` on ${q.carrier}` : ''}`,
    Number(q.max) > 0 ? `at most ${q.max} ${q.currency}` : 'any price',
    label(MIN_VERDICTS, q.minVerdict),
    `sorted by ${label(SORTS, q.sort)}`,
  ].join(', ');
}

/**
 * "Best value phones for my carrier": the phones that work, with price and verdict filters.
 * `#/phones?country=US&carrier=us-t-mobile&max=400&currency=USD&min=full&sort=price`.
 */
export function PhonesView({ params, go, countries }: ScreenProps) {
  const id = useId();
  const country = params.get('country') ?? '';
  const carrier = params.get('carrier') ?? '';
  const max = params.get('max') ?? '';
  const currency = params.get('currency') ?? 'USD';
  const minVerdict = params.get('min') ?? 'partial';
  const sort = params.get('sort') ?? 'value';
  const [typed, setTyped] = useState(max);
  const [carriers, setCarriers] = useState<Carrier[]>([]);
  const [result, setResult] = useState<PhonesResult | undefined>();
  const [error, setError] = useState<unknown>();

  useEffect(() => setTyped(max), [max]);
  // The price becomes one history entry once typing stops, not one per key.
  useEffect(() => {
    if (typed === max) return;
    const timer = setTimeout(() => go({ max: typed }), 400);
    return () => clearTimeout(timer);
  }, [typed]);
  useEffect(() => {
    setCarriers([]);
    if (!country) return;
    // A slower answer for the country asked before must not fill this country's list.
    let live = true;
    api.carriers(country).then((r) => live && setCarriers(r.carriers.filter((c) => c.kind === 'mno')), (e) => live && setError(e));
    return () => {
      live = false;
    };
  }, [country]);
  useEffect(() => {
    if (!country) return setResult(undefined);
    const price = Number(max);
    let live = true;
    setError(undefined);
    api
      // From the page's address: the route refuses a word its schema does not list (400, shown below).
      .phones({ country, carrier: carrier || undefined, maxPrice: max && price > 0 ? price : undefined, currency, minVerdict: minVerdict as PhonesParams['minVerdict'], sort: sort as PhonesParams['sort'], limit: 30 })
      .then((r) => live && setResult(r), (e) => {
        if (!live) return;
        setResult(undefined);
        setError(e);
      });
    return () => {
      live = false;
    };
  }, [country, carrier, max, currency, minVerdict, sort]);

  const select = (label: string, key: string, value: string, options: [string, string][]) => (
    <div class="field">
      <label for={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={value} onChange={(e) => go({ [key]: (e.target as HTMLSelectElement).value })}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Best value phones for my carrier</h2>
      <form class="controls" onSubmit={(e) => (e.preventDefault(), go({ max: typed }))}>
        {/* A carrier belongs to its country: a new country asks with no carrier (the old one answers 404). */}
        <CountryPicker label="Country" countries={countries} value={country} onChange={(c, replace) => go({ country: c, carrier: undefined }, replace)} />
        {select('Carrier', 'carrier', carrier, [['', 'Any main network'], ...carriers.map((c): [string, string] => [c.id, c.name])])}
        <div class="field">
          <label for={`${id}-max`}>Most I will pay</label>
          <input id={`${id}-max`} type="number" min="1" inputMode="numeric" placeholder="no limit" value={typed} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} />
        </div>
        {select('Currency', 'currency', currency, CURRENCIES.map((c) => [c, c]))}
        {select('At least', 'min', minVerdict, MIN_VERDICTS)}
        {select('Sort by', 'sort', sort, SORTS)}
      </form>
      <ErrorNote error={error} />
      {!country && <p class="hint">Choose your country to list the phones that work there.</p>}
      {result && <p class="summary">{asked(result, { countries, carrier: carriers.find((c) => c.id === carrier)?.name, max, currency, minVerdict, sort })}</p>}
      {result && <PhonesTable result={result} />}
    </section>
  );
}
