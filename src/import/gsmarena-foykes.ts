import type { Specs } from '../catalog/types.js';
import { decodeBytesLiteral } from './bytes-literal.js';
import type { GsmarenaRow } from './gsmarena-row.js';
import { antutu, batteryMah, euroPrice, firstChipset, gsmarenaDate, leadingNumber, memoryTiers, modelList, resolution } from './spec-text.js';

/** Header cells that mark the foykes layout (brand files and gsm_arena_2021_decoded.csv). */
export const FOYKES_COLUMNS = ['Model Name', '4G bands'];

function cell(cells: Record<string, unknown>, key: string): string | undefined {
  const value = cells[key];
  if (value === undefined || value === null) return undefined;
  const text = decodeBytesLiteral(String(value)).replace(/[\u2009\u00a0]/g, ' ').trim();
  return text === '' || text === 'N/A' ? undefined : text;
}

/**
 * One row of the foykes GSMArena scrape (Feb 2021): raw brand files with `b'…'` cells or the
 * decoded file; also GSMArena-style JSON whose keys are the site's row labels (`2G bands`,
 * `Announced`, `Chipset`). The nameless continuation columns (`_blank`, `_1`, …) hold scrambled
 * extra lines of GSMArena's tables and are not read (SOURCES.md, section 3). Battery capacity
 * is `Type_1` because the site labels both display and battery rows "Type".
 * Returns a string (the reason) when the row cannot be read.
 */
export function foykesRow(cells: Record<string, unknown>, line: number, brandFile?: string): GsmarenaRow | string {
  const fullName = cell(cells, 'Model Name') ?? cell(cells, 'name') ?? cell(cells, 'Name');
  if (!fullName) return 'missing name (Model Name is empty)';
  const brand = cell(cells, 'Brand') ?? cell(cells, 'brand') ?? cell(cells, '_brand_file')?.replace(/\.csv$/i, '') ?? brandFile ?? '';
  const specs: Specs = {};
  const chipset = firstChipset(cell(cells, 'Chipset'));
  if (chipset) specs.chipset = chipset;
  Object.assign(specs, memoryTiers(cell(cells, 'Internal')));
  const size = leadingNumber(cell(cells, 'Size'));
  if (size && /inch/i.test(cell(cells, 'Size') ?? '')) specs.displayInches = size;
  const pixels = resolution(cell(cells, 'Resolution'));
  if (pixels) specs.resolution = pixels;
  const battery = batteryMah(cell(cells, 'Type_1') ?? cell(cells, 'Battery'));
  if (battery) specs.batteryMah = battery;
  const row: GsmarenaRow = { line, fullName, brand, specs };
  const set = (key: 'technology' | 'band2g' | 'band3g' | 'band4g' | 'band5g', column: string) => {
    const value = cell(cells, column);
    if (value) row[key] = value;
  };
  set('technology', 'Technology');
  set('band2g', '2G bands');
  set('band3g', '3G bands');
  set('band4g', '4G bands');
  set('band5g', '5G bands');
  const announced = gsmarenaDate(cell(cells, 'Announced'));
  if (announced) row.announced = announced;
  const status = cell(cells, 'Status');
  const released = status && /released/i.test(status) ? gsmarenaDate(status) : undefined;
  if (released) row.released = released;
  const models = modelList(cell(cells, 'Models'));
  if (models) row.models = models;
  const price = euroPrice(cell(cells, 'Price'));
  if (price) row.priceEur = price;
  const score = antutu(cell(cells, 'Performance'));
  if (score) row.antutu = score;
  return row;
}
