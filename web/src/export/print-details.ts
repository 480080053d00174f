/**
 * A printed answer shows everything: closed `<details>` (band by band, the country table) open
 * before printing and close again after, since CSS alone cannot open them.
 */
export function openDetailsForPrint(): void {
  let opened: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    opened.forEach((d) => (d.open = true));
  });
  addEventListener('afterprint', () => {
    opened.forEach((d) => (d.open = false));
    opened = [];
  });
}
