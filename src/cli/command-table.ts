import type { Command } from 'commander';
import type { CliContext } from './context.js';

type MakeCommand = (ctx: CliContext) => Command;

/**
 * Every command, in the order `bandfit --help` lists them, each loaded from its own file only
 * when it is the one that runs: a `check` then never loads the import parsers, the server or the
 * table printer of the others (bench/cold-start.ts).
 */
const COMMANDS: Record<string, () => Promise<MakeCommand>> = {
  check: async () => (await import('./commands/check.js')).checkCommand,
  where: async () => (await import('./commands/where.js')).whereCommand,
  phones: async () => (await import('./commands/phones.js')).phonesCommand,
  trip: async () => (await import('./commands/trip.js')).tripCommand,
  compare: async () => (await import('./commands/compare.js')).compareCommand,
  devices: async () => (await import('./commands/devices.js')).devicesCommand,
  carriers: async () => (await import('./commands/carriers.js')).carriersCommand,
  import: async () => (await import('./commands/import.js')).importCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  store: async () => (await import('./commands/store.js')).storeCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
};

/**
 * The commands a run needs: the one named first on the command line, else (help, `--version`,
 * a mistyped name that commander suggests a fix for) all of them.
 */
export async function commandsFor(argv: readonly string[]): Promise<MakeCommand[]> {
  const named = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? COMMANDS[argv[0]] : undefined;
  return Promise.all(named ? [named()] : Object.values(COMMANDS).map((load) => load()));
}
