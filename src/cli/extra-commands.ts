import type { Command } from 'commander';
import { carriersCommand } from './commands/carriers.js';
import { compareCommand } from './commands/compare.js';
import { devicesCommand } from './commands/devices.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { phonesCommand } from './commands/phones.js';
import { serveCommand } from './commands/serve.js';
import { storeCommand } from './commands/store.js';
import { tripCommand } from './commands/trip.js';
import { whereCommand } from './commands/where.js';
import type { CliContext } from './context.js';

/** Commands beyond `check`, each from its own file under `commands/`. */
export function registerExtraCommands(program: Command, ctx: CliContext): void {
  const commands = [whereCommand, phonesCommand, tripCommand, compareCommand, devicesCommand, carriersCommand, importCommand, exportCommand, storeCommand, serveCommand];
  for (const make of commands) program.addCommand(make(ctx));
}
