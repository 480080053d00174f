const NON_ASCII = /[^\x00-\x7f]/;

/** Accents taken off (`é` → `e`); most names are ASCII, and only the others pay for the decomposition. */
const withoutAccents = (text: string): string => (NON_ASCII.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text);

/**
 * The one name normaliser: case, accents and punctuation folded away, the words left with one
 * space between them (`Telefónica O2` → `telefonica o2`, `T-Mobile` → `t-mobile` → `t mobile`).
 * Countries, carriers and their aliases are compared by it.
 *
 * @example
 * foldName('Deutsche Telekom AG'); // 'deutsche telekom ag'
 */
export function foldName(text: string | null | undefined): string {
  return withoutAccents(text ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * `foldName` as one key with no spaces and `+` spelt out (`Galaxy S23+` → `galaxys23plus`, so
 * `Pro+` ≠ `Pro`): how phone names, aliases and model numbers match exactly (`matchKey`).
 */
export function foldKey(text: string): string {
  return withoutAccents(text).toLowerCase().replace(/\+/g, 'plus').replace(/[^a-z0-9]/g, '');
}
