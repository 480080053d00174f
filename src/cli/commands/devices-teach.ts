import { Command } from 'commander';
import { fullName } from '../../catalog/device-search.js';
import { loadStarterDevices } from '../../catalog/starter-devices.js';
import { readInputFile } from '../../import/read-input-file.js';
import { teachPhone } from '../../service/teach-phone.js';
import { removeTaughtPhone, saveTaughtPhone } from '../../store/taught-phones.js';
import type { CliContext } from '../context.js';
import { formatTeachReading } from '../format-teach.js';

const collect = (value: string, list: string[]) => [...list, value];

interface AddOptions {
  bands?: string;
  from?: string;
  variant?: string;
  model: string[];
  source?: string;
  dryRun?: boolean;
  json?: boolean;
}

/** `bandfit devices add NAME --bands TEXT …` and `bandfit devices add --from FILE`. */
function addCommand(ctx: CliContext): Command {
  return new Command('add')
    .description('Teach bandfit a phone: its band list as text, or a spec page saved from a browser (or the copied text of its Network section)')
    .argument('[name]', '"Brand Model"; with --from, default the name on the page')
    .option('--bands <text>', 'band list as a spec sheet gives it ("GSM 850 / 900; LTE 1, 3, 7, 28; 5G n78")')
    .option('--from <file>', 'a saved spec page (GSMArena-style HTML) or a text file of its Network section')
    .option('--variant <label>', 'label of the variant these bands are for (USA, Global)')
    .option('--model <code>', 'model number of that variant (repeat for several)', collect, [])
    .option('--source <url>', 'where the bands come from (a URL or a title)')
    .option('--dry-run', 'print what was read and store nothing')
    .option('--json', 'machine-readable output')
    .action(async (name: string | undefined, o: AddOptions) => {
      const page = o.from ? (await readInputFile(o.from)).text : undefined;
      const store = await ctx.openStore();
      const input = {
        ...(name ? { name } : {}),
        ...(o.bands !== undefined ? { bands: o.bands } : {}),
        ...(page !== undefined ? { page } : {}),
        ...(o.variant ? { variant: o.variant } : {}),
        ...(o.model.length ? { models: o.model } : {}),
        ...(o.source ? { source: o.source } : o.from ? { source: o.from.split(/[\\/]/).pop()! } : {}),
      };
      const taught = teachPhone(input, await store.listDevices(), new Date().toISOString().slice(0, 10));
      const result = o.dryRun ? undefined : await saveTaughtPhone(store, taught.device);
      if (o.json) return void ctx.io.out(JSON.stringify({ stored: Boolean(result), ...result, device: taught.device, read: taught.read }, null, 2));
      const stored = result
        ? `Stored ${fullName(taught.device)} (${taught.device.id}, origin user): ${result.inserted ? 'new' : 'updated'}. Remove it with: bandfit devices remove "${fullName(taught.device)}"`
        : 'Dry run: nothing was stored.';
      ctx.io.out(formatTeachReading(taught.read, stored));
    });
}

/** `bandfit devices remove NAME`: only phones taught with `devices add`. */
function removeCommand(ctx: CliContext): Command {
  return new Command('remove')
    .description('Remove a phone taught with devices add (catalog phones cannot be removed)')
    .argument('<name>', 'name, model number or id of the taught phone')
    .option('--json', 'machine-readable output')
    .action(async (name: string, o: { json?: boolean }) => {
      const removed = await removeTaughtPhone(await ctx.openStore(), name, () => loadStarterDevices());
      if (o.json) return void ctx.io.out(JSON.stringify(removed, null, 2));
      ctx.io.out(`Removed ${removed.name} (${removed.id}).${removed.restored ? ' The catalog\'s record of it is back.' : ''}`);
    });
}

/** Adds `add` and `remove` under `devices`. */
export function addTeachCommands(devices: Command, ctx: CliContext): Command {
  return devices.addCommand(addCommand(ctx)).addCommand(removeCommand(ctx));
}
