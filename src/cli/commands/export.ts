import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { exportStore } from '../../store/export-store.js';
import type { CliContext } from '../context.js';

/** `bandfit export [--out FILE]`: every stored device as bandfit JSON (what `import devices` reads back). */
export function exportCommand(ctx: CliContext): Command {
  return new Command('export')
    .description('Export every device in the store as bandfit JSON')
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (o: { out?: string }) => {
      const devices = await exportStore(await ctx.openStore());
      const text = `${JSON.stringify(devices, null, 2)}\n`;
      if (!o.out) return void ctx.io.out(text);
      await writeFile(o.out, text);
      ctx.io.err(`Exported ${devices.length} devices to ${o.out}.`);
    });
}
