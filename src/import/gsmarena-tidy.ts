import type { Specs } from '../catalog/types.js';
import type { GsmarenaRow } from './gsmarena-row.js';
import { kibToGb } from './spec-text.js';

/** Header cells that mark the data_tidy_2.csv layout (gsmarena-1997808-2023). */
export const TIDY_COLUMNS = ['Name', 'Brand', 'NETWORK_Technology', 'NETWORK_4G_bands'];

function cell(cells: Record<string, unknown>, key: string): string | undefined {
  const value = cells[key];
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  return text === '' || text === 'N/A' ? undefined : text;
}

/**
 * One data_tidy_2.csv row (29 columns, crawled Dec 2023). `LAUNCH_Announced` holds the year
 * only; `MEMORY_Internal_rom`/`_ram` count KiB; `MISC_Price_Euro` is a converted euro price.
 * The dump has no chipset and no model numbers, so those stay absent.
 * Returns a string (the reason) when the row cannot be read.
 */
export function tidyRow(cells: Record<string, unknown>, line: number): GsmarenaRow | string {
  const fullName = cell(cells, 'Name');
  if (!fullName) return 'missing name (Name column is empty)';
  const specs: Specs = {};
  const ram = kibToGb(cell(cells, 'MEMORY_Internal_ram'));
  const rom = kibToGb(cell(cells, 'MEMORY_Internal_rom'));
  if (ram) specs.ramGb = ram;
  if (rom) specs.storageGb = rom;
  const size = Number(cell(cells, 'DISPLAY_Size'));
  if (size > 0) specs.displayInches = size;
  const width = cell(cells, 'DISPLAY_Resolution_Width');
  const height = cell(cells, 'DISPLAY_Resolution_Height');
  if (width && height && Number(width) > 0 && Number(height) > 0) specs.resolution = `${width}x${height}`;
  const battery = Number(cell(cells, 'BATTERY_Capacity'));
  if (battery > 0) specs.batteryMah = battery;
  const row: GsmarenaRow = { line, fullName, brand: cell(cells, 'Brand') ?? '', specs };
  const set = (key: 'technology' | 'band2g' | 'band3g' | 'band4g' | 'band5g' | 'announced', column: string) => {
    const value = cell(cells, column);
    if (value) row[key] = value;
  };
  set('technology', 'NETWORK_Technology');
  set('band2g', 'NETWORK_2G_bands');
  set('band3g', 'NETWORK_3G_bands');
  set('band4g', 'NETWORK_4G_bands');
  set('band5g', 'NETWORK_5G_bands');
  const year = cell(cells, 'LAUNCH_Announced');
  if (year && /^\d{4}$/.test(year)) row.announced = year;
  const price = Number(cell(cells, 'MISC_Price_Euro'));
  if (price > 0) row.priceEur = price;
  return row;
}
