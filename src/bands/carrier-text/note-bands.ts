/**
 * Band numbers written out in a `mcc-mnc-list` note: `LTE band 20`, `LTE bands 28 / 8 / 41`,
 * `bands 1, 3, 19, 21, 28, 42` (the Japanese rows), `5G bands n71, n66, n7`. These are the
 * operator's own bands, so they settle what a frequency name leaves open (`LTE 700` is B17 for
 * Digicel Antigua, B28 for Telesur). Numbers without `n` are LTE bands: every note in the
 * package that lists bare numbers lists LTE bands.
 */
export interface NoteBands {
  lte: number[];
  nr: number[];
}

const LIST = /\bbands?\s+((?:n?\d{1,3}(?:\s*(?:,|\/|and|&)\s*)?)+)/gi;

export function noteBands(notes: string | null | undefined): NoteBands {
  const lte = new Set<number>();
  const nr = new Set<number>();
  if (!notes) return { lte: [], nr: [] };
  for (const match of notes.matchAll(LIST)) {
    for (const item of match[1]!.matchAll(/(n?)(\d{1,3})/gi)) {
      (item[1] ? nr : lte).add(Number(item[2]));
    }
  }
  const sorted = (values: Set<number>) => [...values].sort((a, b) => a - b);
  return { lte: sorted(lte), nr: sorted(nr) };
}
