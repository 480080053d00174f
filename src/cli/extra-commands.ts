import type { Command } from 'commander';
import type { CliContext } from './context.js';

/** Commands beyond `check`, each from its own file under `commands/`. */
export function registerExtraCommands(program: Command, ctx: CliContext): void {
  void program;
  void ctx;
}
