/**
 * The CLI from the sources, for tests that need a real process (signals, ports):
 * `node --import tsx test/support/bandfit-cli.ts serve --port 0`. bin/bandfit.js runs dist/,
 * which is only as fresh as the last build.
 */
import { run } from '../../src/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
