import type { Command } from 'commander';
import { carriersCommand } from './commands/carriers.js';
import { compareCommand } from './commands/compare.js';
import { phonesCommand } from './commands/phones.js';
import { serveCommand } from './commands/serve.js';
import { tripCommand } from './commands/trip.js';
import { whereCommand } from './commands/where.js';
import type { CliContext } from './context.js';

/** Commands beyond `check`, each from its own file under `commands/`. */
export function registerExtraCommands(program: Command, ctx: CliContext): void {
  for (const make of [whereCommand, phonesCommand, tripCommand, compareCommand, carriersCommand, serveCommand]) program.addCommand(make(ctx));
}
