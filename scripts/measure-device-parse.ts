/**
 * Measures how much of GSMArena's band text the device parser reads: the share of
 * data_tidy_2.csv rows with a 4G or 5G field that parse with no unread part, and the most
 * common unread reasons. Reads the shared reference file in place (never copied).
 *
 *   npx tsx scripts/measure-device-parse.ts [path/to/data_tidy_2.csv] [--show N]
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { parseDeviceBandFields, type DeviceBandFields } from '../src/bands/parse-device-bands.js';

const DEFAULT_CSV = new URL('../../shared/data/gsmarena-1997808-2023/data_tidy_2.csv', import.meta.url);

type Row = Record<string, string>;

/** GSMArena's 2G row holds GSM and CDMA, its 3G row UMTS, CDMA2000 and TD-SCDMA. */
function fieldsOf(row: Row): DeviceBandFields {
  const fields: DeviceBandFields = {};
  if (row.NETWORK_2G_bands) fields.gsm = row.NETWORK_2G_bands;
  if (row.NETWORK_3G_bands) fields.umts = row.NETWORK_3G_bands;
  if (row.NETWORK_4G_bands) fields.lte = row.NETWORK_4G_bands;
  if (row.NETWORK_5G_bands) fields.nr = row.NETWORK_5G_bands;
  return fields;
}

function main(argv: string[]): void {
  const showAt = argv.indexOf('--show');
  const show = showAt >= 0 ? Number(argv[showAt + 1]) : 0;
  const path = argv.find((arg, i) => !arg.startsWith('--') && i !== showAt + 1) ?? DEFAULT_CSV;
  const rows = parse(readFileSync(path), { columns: true, skip_empty_lines: true }) as Row[];
  let withBands = 0;
  let full = 0;
  let rowsWithAnyUnread = 0;
  const reasons = new Map<string, number>();
  const examples: string[] = [];
  const started = performance.now();
  for (const row of rows) {
    const fields = fieldsOf(row);
    const result = parseDeviceBandFields(fields);
    if (result.unread.length > 0) rowsWithAnyUnread++;
    if (!row.NETWORK_4G_bands?.trim() && !row.NETWORK_5G_bands?.trim()) continue;
    withBands++;
    if (result.unread.length === 0) {
      full++;
      continue;
    }
    for (const item of result.unread) reasons.set(item.reason, (reasons.get(item.reason) ?? 0) + 1);
    if (examples.length < show) examples.push(`${row.Name}: ${JSON.stringify(result.unread)}`);
  }
  const ms = performance.now() - started;
  console.log(`rows: ${rows.length}, parsed in ${ms.toFixed(0)} ms`);
  console.log(`rows with any unread part (all fields): ${rowsWithAnyUnread}`);
  console.log(`rows with a 4G or 5G field: ${withBands}`);
  console.log(`  parsed with no unread part: ${full} (${((100 * full) / withBands).toFixed(2)} %)`);
  console.log('unread reasons (rows with a 4G or 5G field):');
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${n}\t${reason}`);
  for (const line of examples) console.log(line);
}

main(process.argv.slice(2));
