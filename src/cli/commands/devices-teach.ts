import { Command } from 'commander';
import { fullName } from '../../catalog/device-search.js';
import { loadStarterDevices } from '../../catalog/starter-devices.js';
import { readInputFile } from '../../import/read-input-file.js';
import { checkQueryParams } from '../../service/check-query-params.js';
import { teachAndStore } from '../../service/teach-and-store.js';
import { removeTaughtPhone } from '../../store/taught-phones.js';
import { today } from '../../today.js';
import type { CliContext } from '../context.js';
import { everyValue } from '../every-value.js';
import { formatTeachReading } from '../format-teach.js';

/** Each parameter's values as given (`everyValue`): the teach schema reads one as that value and refuses two. */
interface AddOptions {
  bands?: string[];
  from?: string[];
  variant?: string[];
  model?: string[];
  source?: string[];
  dryRun?: boolean;
  json?: boolean;
}

/** `bandfit devices add NAME --bands TEXT …` and `bandfit devices add --from FILE`. */
function addCommand(ctx: CliContext): Command {
  return new Command('add')
    .description('Teach bandfit a phone: its band list as text, or a spec page saved from a browser (or the copied text of its Network section)')
    .argument('[name]', '"Brand Model"; with --from, default the name on the page')
    .option('--bands <text>', 'band list as a spec sheet gives it ("GSM 850 / 900; LTE 1, 3, 7, 28; 5G n78")', everyValue)
    .option('--from <file>', 'a saved spec page (GSMArena-style HTML) or a text file of its Network section', everyValue)
    .option('--variant <label>', 'label of the variant these bands are for (USA, Global)', everyValue)
    .option('--model <code>', 'model number of that variant (repeat for several)', everyValue)
    .option('--source <url>', 'where the bands come from (a URL or a title)', everyValue)
    .option('--dry-run', 'print what was read and store nothing')
    .option('--json', 'machine-readable output')
    .action(async (name: string | undefined, o: AddOptions) => {
      // Every page given is read, so two are refused as the route refuses two, not the last one taken.
      const page = o.from && (await Promise.all(o.from.map(async (file) => (await readInputFile(file)).text)));
      // The body POST /import/phone takes, checked against the same schema.
      const params = checkQueryParams('teach', {
        ...(name !== undefined ? { name } : {}),
        ...(o.bands !== undefined ? { bands: o.bands } : {}),
        ...(page !== undefined ? { page } : {}),
        ...(o.variant !== undefined ? { variant: o.variant } : {}),
        ...(o.model !== undefined ? { models: o.model } : {}),
        ...(o.source !== undefined ? { source: o.source } : o.from ? { source: o.from[0]!.split(/[\\/]/).pop()! } : {}),
        ...(o.dryRun ? { dryRun: true } : {}),
      });
      const answer = await teachAndStore(await ctx.openStore(), params, today());
      if (o.json) return void ctx.io.out(JSON.stringify(answer, null, 2));
      const { device } = answer;
      const stored = answer.stored
        ? `Stored ${fullName(device)} (${device.id}, origin user): ${answer.inserted ? 'new' : 'updated'}. Remove it with: bandfit devices remove "${fullName(device)}"`
        : 'Dry run: nothing was stored.';
      ctx.io.out(formatTeachReading(answer.read, stored));
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
