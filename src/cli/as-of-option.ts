import type { Command } from 'commander';
import { today } from '../today.js';
import { everyValue } from './every-value.js';

/** Adds `--as-of YYYY-MM-DD` to a command that judges carriers. */
export function withAsOfOption(command: Command): Command {
  return command.option('--as-of <date>', 'judge the carriers as they stand on this day, YYYY-MM-DD (default: today)', everyValue);
}

/** The day to answer for: the one given (checked by the query: exit 2 on a bad date), else today. */
export function asOfOf(options: { asOf?: string[] }): string | string[] {
  return options.asOf ?? today();
}
