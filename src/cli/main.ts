import { Command, CommanderError } from 'commander';
import { isBandfitError } from '../errors.js';
import { createContext } from './create-context.js';
import type { CliContext, CliIo } from './context.js';
import { processIo } from './context.js';
import { exitCodeFor } from './exit-codes.js';
import { commandsFor } from './command-table.js';
import { pasteBandsCommand } from '../messages/paste-bands.js';

/** Builds the `bandfit` program with the commands `argv` needs (every one for help). */
export async function buildProgram(ctx: CliContext, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('bandfit')
    .description('Will this phone work there? Band-by-band compatibility of phones and carriers.')
    .version('0.1.0')
    .showSuggestionAfterError(true)
    // A command's options belong to it: `devices add --json` is add's, not the devices list's.
    .enablePositionalOptions()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.io.out(text),
      writeErr: (text) => ctx.io.err(text),
      outputError: (text, write) => write(text),
    });
  for (const make of await commandsFor(argv)) program.addCommand(make(ctx));
  // Subcommands too (`import devices`, `store backup`): a missing argument is bad usage (exit 2), not process.exit(1).
  const override = (command: Command): void => {
    for (const sub of command.commands) override(sub.exitOverride());
  };
  override(program);
  return program;
}

/** What to do about a phone the catalog does not have (newer models, rare variants). */
export const UNKNOWN_DEVICE_HINT =
  `  not in the catalog? check its band list instead: ${pasteBandsCommand()}\n` +
  '  (paste the spec sheet\'s network lines), or teach it to bandfit once: bandfit devices add --from saved-spec-page.html\n' +
  '  (or: bandfit devices add "Brand Model" --bands TEXT)';

function printError(io: CliIo, error: unknown): number {
  if (isBandfitError(error)) {
    io.err(`bandfit: ${error.message}`);
    const suggestions = error.details.suggestions;
    if (suggestions?.length) io.err(`  did you mean: ${suggestions.slice(0, 8).join(', ')}`);
    // An IMEI answer names the ways on in its own message.
    if (error.code === 'E_UNKNOWN_DEVICE' && error.details.hint !== 'imei') io.err(UNKNOWN_DEVICE_HINT);
    return exitCodeFor(error.code);
  }
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return 0;
    return error.exitCode === 0 ? 0 : 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`bandfit: unexpected error: ${message}`);
  io.err('  please report it with the command you ran');
  return 1;
}

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns the exit code; never
 * throws and never prints a stack trace.
 *
 * @example
 * const code = await run(['check', '--bands', 'LTE 1, 3, 5', '--country', 'IN']);
 */
export async function run(argv: string[], io: CliIo = processIo(), env = process.env): Promise<number> {
  const ctx = createContext(io, env);
  try {
    await (await buildProgram(ctx, argv)).parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return printError(io, error);
  } finally {
    await ctx.close().catch(() => undefined);
  }
}
