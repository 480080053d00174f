/**
 * eSIM as the catalog knows it, for a table cell: one word when every variant agrees (`yes`,
 * `no`), else per variant (`USA: yes; China: ?`); `?` where it is not known.
 *
 * @example
 * esimCell({ variants: [{ label: 'USA', esim: true }, { label: 'China' }] }); // 'USA: yes; China: ?'
 */
export function esimCell(phone: { variants: readonly { label: string; esim?: boolean }[] }): string {
  const word = (esim: boolean | undefined) => (esim === undefined ? '?' : esim ? 'yes' : 'no');
  const words = phone.variants.map((v) => word(v.esim));
  return new Set(words).size <= 1 ? (words[0] ?? '?') : phone.variants.map((v, i) => `${v.label}: ${words[i]}`).join('; ');
}
