import type { Device } from '../../../src/catalog/types.js';

/**
 * Names that break naive SQL, HTML and shell handling. They must come back byte for byte:
 * stored as data, printed as text, never run.
 */
export const HOSTILE_NAMES = [
  "Phone'; DROP TABLE devices; --",
  'Phone <script>alert(1)</script>',
  'Phone "><img src=x onerror=alert(1)>',
  'Phone $(rm -rf /)',
  'Phone `touch /tmp/bandfit-pwned` | cat /etc/passwd ; echo',
  "Phone ' OR '1'='1",
  'Phone \\x00 %s %n {{7*7}} ${7*7}',
] as const;

/** A hand-written device named `name` (brand "Fixture": not a real phone). */
export function hostileDevice(name: string, i: number): Device {
  return {
    id: `fixture-hostile-${i}`,
    brand: 'Fixture',
    name,
    aliases: [`${name} alias`],
    variants: [{ id: `fixture-hostile-${i}-global`, label: `Global ${name}`, models: [`HX-${i}'"<>`], bands: ['GSM900', 'B3', 'B20'] }],
    sources: [{ title: `source ${name}` }],
    checked: '2026-01-01',
  };
}
