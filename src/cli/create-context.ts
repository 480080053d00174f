import { storeSnapshots } from '../service/snapshot-source.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import type { CliContext, CliIo } from './context.js';

/** The real context: the store opens on first use and closes when the command ends. */
export function createContext(io: CliIo, env: Record<string, string | undefined>): CliContext {
  let store: Promise<Store> | undefined;
  const open = () => (store ??= openStore({ env }));
  const snapshots = storeSnapshots(open);
  return {
    io,
    env,
    openStore: open,
    snapshot: () => snapshots.current(),
    close: async () => {
      if (store) await (await store).close();
    },
  };
}
