import { useId } from 'preact/hooks';
import type { CountryRow } from '../api.js';

/**
 * A native `<select>`: on a phone it opens the platform picker, and typing the first letters
 * jumps to a country on every desktop browser. Only countries with known carriers are listed.
 */
export function CountryPicker({ label, countries, value, onChange, optional }: {
  label: string;
  countries: CountryRow[];
  value: string;
  onChange: (code: string) => void;
  optional?: string;
}) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{optional ?? 'Choose a country…'}</option>
        {countries
          .filter((c) => c.carriers > 0)
          .map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
      </select>
    </div>
  );
}
