import { Command } from 'commander';
import { backupStore } from '../../store/backup-store.js';
import { resolveStoreLocation } from '../../store/default-location.js';
import type { CliContext } from '../context.js';

/** `bandfit store backup FILE`: a consistent copy of the SQLite store, taken while it is in use. */
export function storeCommand(ctx: CliContext): Command {
  const command = new Command('store').description('Look after the store itself');
  command
    .command('backup')
    .description('Copy the SQLite store to FILE while it is in use (PostgreSQL: use pg_dump)')
    .argument('<file>', 'the new file to write; it must not exist')
    .action(async (file: string) => {
      const location = resolveStoreLocation({ env: ctx.env });
      // Opening first migrates a store left by an older bandfit, so the copy is of the current schema.
      if (location.kind === 'sqlite') await ctx.openStore();
      const { pages } = await backupStore(location, file);
      ctx.io.err(`Backed up ${location.kind === 'sqlite' ? location.file : 'the store'} to ${file} (${pages} pages).`);
    });
  return command;
}
