import { writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import { BandfitError } from '../../errors.js';
import { exportStore } from '../../store/export-store.js';
import type { DeviceOrigin } from '../../store/store.js';
import type { CliContext } from '../context.js';

const ORIGINS: readonly DeviceOrigin[] = ['starter', 'import', 'user'];

/**
 * `bandfit export [devices] [--origin user] [--out FILE]`: stored devices as bandfit JSON, in the
 * `data/devices` format (what `import devices` reads back, ready to contribute).
 */
export function exportCommand(ctx: CliContext): Command {
  return new Command('export')
    .description('Export the devices in the store as bandfit JSON (the data/devices format)')
    .argument('[what]', 'what to export: devices (the default)', 'devices')
    .option('--origin <origin>', `only devices of this origin: ${ORIGINS.join(', ')} (user: phones taught with devices add)`)
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (what: string, o: { origin?: string; out?: string }) => {
      if (what !== 'devices') throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'export-what', parameter: 'what', input: what }, { path: ['what'], suggestions: ['devices'] });
      if (o.origin !== undefined && !ORIGINS.includes(o.origin as DeviceOrigin)) {
        throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'not-one-of', parameter: 'origin', input: o.origin, allowed: [...ORIGINS] }, { path: ['origin'], suggestions: [...ORIGINS] });
      }
      const devices = await exportStore(await ctx.openStore(), o.origin as DeviceOrigin | undefined);
      const text = `${JSON.stringify(devices, null, 2)}\n`;
      if (!o.out) return void ctx.io.out(text);
      await writeFile(o.out, text);
      ctx.io.err(`Exported ${devices.length} devices to ${o.out}.`);
    });
}
