import { useId, useRef, useState } from 'preact/hooks';
import type { CountryRow } from '../api.js';

/**
 * Adds a country to a list. A pick with the mouse or a phone's picker adds at once; on the
 * keyboard, typing or arrows only move through the list (a closed `<select>` fires `change` on
 * every key) and Enter or the Add button adds the country shown.
 */
export function AddCountry({ label, countries, onAdd }: { label: string; countries: CountryRow[]; onAdd: (code: string) => void }) {
  const id = useId();
  const [pending, setPending] = useState('');
  const keyAt = useRef(0);
  const add = (cc: string) => {
    if (cc) onAdd(cc);
    setPending('');
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="add-row">
        <select
          id={id}
          value={pending}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && pending) {
              e.preventDefault();
              add(pending);
            } else if (e.key !== 'Tab') keyAt.current = Date.now();
          }}
          onChange={(e) => {
            const cc = (e.target as HTMLSelectElement).value;
            if (Date.now() - keyAt.current < 500) setPending(cc);
            else add(cc);
          }}
        >
          <option value="">Add a country…</option>
          {countries.filter((c) => c.carriers > 0).map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
        </select>
        <button type="button" disabled={!pending} onClick={() => add(pending)}>Add<span class="sr-only"> this country</span></button>
      </div>
    </div>
  );
}
