import { useId, useRef } from 'preact/hooks';
import type { CountryRow } from '../api.js';

/**
 * A native `<select>`: on a phone it opens the platform picker, and typing the first letters
 * jumps to a country on every desktop browser. Only countries with known carriers are listed.
 * A closed select changes on every key typed: `replace` is true for a change that follows
 * another typed one within a second, so typing "Japan" is one history entry, not three.
 */
export function CountryPicker({ label, countries, value, onChange, optional }: {
  label: string;
  countries: CountryRow[];
  value: string;
  onChange: (code: string, replace: boolean) => void;
  optional?: string;
}) {
  const id = useId();
  const keyAt = useRef(0);
  const typedChangeAt = useRef(0);
  const change = (code: string) => {
    const now = Date.now();
    const typed = now - keyAt.current < 500;
    onChange(code, typed && now - typedChangeAt.current < 1000);
    typedChangeAt.current = typed ? now : 0;
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onKeyDown={(e) => e.key !== 'Tab' && (keyAt.current = Date.now())} onChange={(e) => change((e.target as HTMLSelectElement).value)}>
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
