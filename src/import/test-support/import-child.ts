/**
 * Child process for the kill -9 test: imports a file into an SQLite store and, once the first
 * chunk is written inside the transaction, says so and holds the transaction open briefly so
 * the parent's SIGKILL lands mid-write.
 * Usage: node --import tsx import-child.ts <db file> <csv file>
 */
import { importDevices } from '../import-devices.js';
import { openStore } from '../../store/open-store.js';

const [dbFile, csvFile] = process.argv.slice(2);
const store = await openStore({ file: dbFile!, env: {}, starter: { devices: [], version: 'kill-test' } });
let signalled = false;
await importDevices(store, csvFile!, {
  skipInvalid: true,
  onProgress: ({ phase, done }) => {
    if (phase !== 'write' || done === 0 || signalled) return;
    signalled = true;
    process.stdout.write(`writing ${done}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3000);
  },
});
process.stdout.write('finished\n');
await store.close();
