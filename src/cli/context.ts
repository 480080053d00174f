import type { Snapshot } from '../service/snapshot.js';
import type { Store } from '../store/store.js';

/** Where a command writes. Tests pass their own to capture output. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Colours and progress bars only on a terminal. */
  isTTY: boolean;
}

/** What every command gets: its output, the environment, and lazy access to the data. */
export interface CliContext {
  io: CliIo;
  env: Record<string, string | undefined>;
  /** The store (opened on first use: SQLite by default, PostgreSQL with BANDFIT_DATABASE_URL). */
  openStore(): Promise<Store>;
  /** The store's data as one snapshot for the queries (read once per command). */
  snapshot(): Promise<Snapshot>;
  /** Closes whatever was opened; called once the command is done. */
  close(): Promise<void>;
}

export function processIo(): CliIo {
  // A reader that stops early (`bandfit devices | head -1`) closes the pipe: that ends the
  // output, as it does for other Unix tools, and is not an error worth a stack trace.
  process.stdout.once('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  };
}
