import { loadTacCatalog, type TacCatalog, type TacHit } from '../catalog/tac-catalog.js';
import type { TacRow } from '../catalog/tac-table.js';

/** The TAC tables a snapshot answers IMEI questions from: the store's imported rows, then the compiled catalog. */
export interface TacLookup {
  /** The row that knows a TAC: an imported one first. */
  find(tac: string): TacHit | undefined;
  /** TACs imported into the store. */
  readonly imported: number;
}

export const IMPORTED_SOURCE = 'your imported TAC table';

/**
 * A lookup over imported rows and the compiled catalog; the catalog (30,000 TACs) is read on
 * the first TAC that is not imported, so commands without `--imei` never load it.
 */
export function tacLookup(imported: readonly TacRow[], load: () => TacCatalog = loadTacCatalog): TacLookup {
  const own = new Map(imported.map((row) => [row.tac, row]));
  let catalog: TacCatalog | undefined;
  return {
    find(tac) {
      const row = own.get(tac);
      if (row) return { ...row, source: IMPORTED_SOURCE };
      catalog ??= load();
      return catalog.find(tac);
    },
    imported: own.size,
  };
}
