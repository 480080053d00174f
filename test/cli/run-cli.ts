import { run } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/context.js';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process on a throwaway in-memory store, capturing its output. */
export async function runCli(argv: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t.endsWith('\n') ? t : `${t}\n`), err: (t) => void (err += t.endsWith('\n') ? t : `${t}\n`), isTTY: false };
  const code = await run(argv, io, { BANDFIT_DB: ':memory:', ...env });
  return { code, out, err };
}

/** The parsed `--json` output of a successful run. */
export async function runJson<T = any>(argv: string[]): Promise<T> {
  const r = await runCli([...argv, '--json']);
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.err}`);
  return JSON.parse(r.out) as T;
}
