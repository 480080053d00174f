import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Table from 'cli-table3';
import { Command } from 'commander';
import type { Device } from '../../catalog/types.js';
import { BandfitError } from '../../errors.js';
import { checkQueryParams } from '../../service/check-query-params.js';
import { findDevices } from '../../service/devices-query.js';
import { compareWithDumps } from '../../import/compare-with-dumps.js';
import { projectPath } from '../../project-root.js';
import type { CliContext } from '../context.js';
import { everyValue } from '../every-value.js';
import { esimCell } from '../format-esim.js';
import { painter } from '../paint.js';
import { addTeachCommands } from './devices-teach.js';

/** GSMArena dumps the `--report` compares against (see ../shared/data/SOURCES.md). */
const DUMPS = ['gsmarena-1997808-2023/data_tidy_2.csv', 'gsmarena-foykes-2021/gsm_arena_2021_decoded.csv'];

function table(devices: { device: Device; note?: string }[], colour: boolean): string {
  const p = painter(colour);
  const t = new Table({ head: ['Id', 'Phone', 'Variants (models)', 'Bands', 'eSIM', 'Match'], style: p.tableStyle });
  for (const { device, note } of devices) {
    const variants = device.variants.map((v) => `${v.label}${v.models?.length ? ` (${v.models.slice(0, 3).join(', ')})` : ''}`).join('; ');
    const bands = [...new Set(device.variants.flatMap((v) => v.bands))].length;
    t.push([device.id, `${device.brand} ${device.name}`, variants, bands || 'unknown', esimCell(device), note ?? '']);
  }
  return t.toString();
}

async function report(ctx: CliContext, json: boolean): Promise<void> {
  const dir = ctx.env.BANDFIT_REFERENCE_DATA ?? projectPath('..', 'shared', 'data');
  const files = DUMPS.map((f) => join(dir, f)).filter((f) => existsSync(f));
  if (!files.length) throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'no-reference-dumps', parameter: 'BANDFIT_REFERENCE_DATA', dir });
  const starter = await (await ctx.openStore()).listDevices({ origin: 'starter' });
  const { compared, disagreements } = await compareWithDumps(starter, files);
  if (json) return void ctx.io.out(JSON.stringify({ compared, disagreements }, null, 2));
  const unexplained = disagreements.filter((d) => !d.explained).length;
  ctx.io.out(`Compared ${compared} dump rows with ${starter.length} curated devices: ${disagreements.length} disagree, ${unexplained} not explained in the records' notes.`);
  for (const d of disagreements) {
    const parts = [d.onlyInDump.length ? `only in dump: ${d.onlyInDump.join(' ')}` : '', d.onlyInCurated.length ? `only curated: ${d.onlyInCurated.join(' ')}` : ''];
    ctx.io.out(`${d.variantId} vs ${d.dumpRow}${d.explained ? ' (explained in notes)' : ''}\n  ${parts.filter(Boolean).join('; ')}`);
  }
}

/** `bandfit devices [QUERY] [--brand B] [--json] [--report]`, `devices add`, `devices remove` */
export function devicesCommand(ctx: CliContext): Command {
  const command = new Command('devices')
    .description('List or search the devices in the store (name or model number)')
    .argument('[query]', 'name or model number: "mi 6", "galaxy s23", "MCE16"')
    .option('--brand <brand>', 'only this brand')
    .option('--limit <n>', 'most matches to show for a query', everyValue, '10')
    .option('--json', 'machine-readable output')
    .option('--report', 'compare curated band lists with the GSMArena dumps in ../shared/data')
    .action(async (query: string | undefined, o: { brand?: string; limit: string | string[]; json?: boolean; report?: boolean }) => {
      if (o.report) return report(ctx, Boolean(o.json));
      const { q, limit } = checkQueryParams('devices', { ...(query !== undefined ? { q: query } : {}), limit: o.limit });
      // `--limit` is for a search: without one every phone is listed.
      const found = findDevices(await ctx.snapshot(), { ...(q?.trim() ? { q, limit } : {}), ...(o.brand !== undefined ? { brand: o.brand } : {}) });
      const rows = found.map(({ device, variant, by }) => ({ device, ...(by ? { note: variant ? `${by}: ${variant.label}` : by } : {}) }));
      if (o.json) return void ctx.io.out(JSON.stringify(rows.map((r) => r.device), null, 2));
      if (!rows.length) {
        if (query) throw new BandfitError({ code: 'E_UNKNOWN_DEVICE', kind: 'unknown-device', query, ...(o.brand ? { brand: o.brand } : {}) });
        return void ctx.io.out('No devices.');
      }
      ctx.io.out(table(rows, ctx.io.isTTY));
    });
  // `devices add … --json`: the subcommand's own options, not the list's.
  return addTeachCommands(command.enablePositionalOptions(), ctx);
}
