import { useEffect, useId, useState } from 'preact/hooks';
import { api, type Carrier, type CountryRow, type PhonesResult } from '../api.js';
import { VerdictBadge } from '../levels.js';
import { CountryPicker } from './country-picker.js';
import { ErrorNote } from './error-note.js';

/** The currencies of data/exchange-rates.json (ECB reference rates); the server checks again. */
const CURRENCIES = ['USD', 'EUR', 'GBP', 'INR', 'CNY', 'JPY', 'KRW', 'AUD', 'CAD', 'CHF', 'BRL', 'MXN', 'IDR', 'PHP', 'THB', 'MYR', 'SGD', 'HKD', 'TRY', 'ZAR', 'PLN', 'SEK', 'NOK', 'DKK', 'CZK', 'HUF', 'RON', 'BGN', 'ILS', 'ISK', 'NZD'];

/** "Best value phones for my carrier": the phones that work, with price and verdict filters. */
export function PhonesView({ countries, country, onCountry }: { countries: CountryRow[]; country: string; onCountry: (c: string) => void }) {
  const id = useId();
  const [carriers, setCarriers] = useState<Carrier[]>([]);
  // The carrier is kept with the country it belongs to, so a new country never asks with the old carrier.
  const [picked, setPicked] = useState({ country, carrier: '' });
  const carrier = picked.country === country ? picked.carrier : '';
  const setCarrier = (c: string) => setPicked({ country, carrier: c });
  const [maxPrice, setMaxPrice] = useState('');
  const [currency, setCurrency] = useState('USD');
  const [minVerdict, setMinVerdict] = useState('partial');
  const [sort, setSort] = useState('value');
  const [result, setResult] = useState<PhonesResult | undefined>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    setCarriers([]);
    if (country) api.carriers(country).then((r) => setCarriers(r.carriers.filter((c) => c.kind === 'mno')), setError);
  }, [country]);
  useEffect(() => {
    if (!country) return setResult(undefined);
    const price = Number(maxPrice);
    setError(undefined);
    api
      .phones({ country, carrier: carrier || undefined, maxPrice: maxPrice && price > 0 ? price : undefined, currency, minVerdict, sort, limit: 30 })
      .then(setResult, (e) => {
        setResult(undefined);
        setError(e);
      });
  }, [country, carrier, maxPrice, currency, minVerdict, sort]);

  const select = (label: string, value: string, set: (v: string) => void, options: [string, string][]) => (
    <div class="field">
      <label for={`${id}-${label}`}>{label}</label>
      <select id={`${id}-${label}`} value={value} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
        {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
      </select>
    </div>
  );
  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Best value phones for my carrier</h2>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <CountryPicker label="Country" countries={countries} value={country} onChange={onCountry} />
        {select('Carrier', carrier, setCarrier, [['', 'Any main network'], ...carriers.map((c): [string, string] => [c.id, c.name])])}
        <div class="field">
          <label for={`${id}-max`}>Most I will pay</label>
          <input id={`${id}-max`} type="number" min="1" inputMode="numeric" placeholder="no limit" value={maxPrice} onInput={(e) => setMaxPrice((e.target as HTMLInputElement).value)} />
        </div>
        {select('Currency', currency, setCurrency, CURRENCIES.map((c) => [c, c]))}
        {select('At least', minVerdict, setMinVerdict, [['full', 'Works fully'], ['partial', 'Partial or better'], ['limited', 'Limited or better']])}
        {select('Sort by', sort, setSort, [['value', 'Value (performance per price)'], ['performance', 'Performance'], ['price', 'Price, lowest first'], ['newest', 'Newest']])}
      </form>
      <ErrorNote error={error} />
      {!country && <p class="hint">Choose your country to list the phones that work there.</p>}
      {result && <PhonesTable result={result} />}
    </section>
  );
}

function PhonesTable({ result }: { result: PhonesResult }) {
  const x = result.excluded;
  return (
    <div aria-live="polite">
      {result.phones.length === 0 ? (
        <p class="empty">No phone matches these filters. Try a higher price or a lower verdict.</p>
      ) : (
        <div class="scroll">
          <table class="phones">
            <caption>Prices are launch prices in {result.currency} (exchange rates of {result.rates.date}); performance: {result.benchmark ?? 'no common benchmark'}</caption>
            <thead><tr><th scope="col">#</th><th scope="col">Phone</th><th scope="col">Verdict</th><th scope="col">Price</th><th scope="col">Performance</th><th scope="col">Value</th></tr></thead>
            <tbody>
              {result.phones.map((p, i) => (
                <tr key={p.deviceId}>
                  <td>{i + 1}</td>
                  <th scope="row">{p.brand} {p.name}<small> {p.variantLabel}</small></th>
                  <td><VerdictBadge level={p.verdict.level} />{p.verdict.carrier ? <small> {p.verdict.carrier}</small> : null}</td>
                  <td>{p.price ? `${Math.round(p.price.amount).toLocaleString()} ${p.price.currency}` : 'unknown'}{p.price?.converted ? <small> from {p.price.from.amount} {p.price.from.currency}</small> : null}</td>
                  <td>{p.performance ? `${p.performance.score.toLocaleString()}${p.performance.estimated ? ' (est.)' : ''}` : 'unknown'}</td>
                  <td>{p.value !== undefined ? p.value.toFixed(1) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p class="hint">Left out: {x.belowVerdict} below the verdict asked, {x.overBudget} over budget, {x.unknownPrice} with no known price{x.unknownBands ? `, ${x.unknownBands} with no known band list` : ''}.</p>
    </div>
  );
}
