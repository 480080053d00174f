import { spawn, type ChildProcess } from 'node:child_process';
import { projectPath } from '../../../src/project-root.js';

/** A `bandfit serve` process from the sources, on a loopback port. */
export interface ServeProcess {
  child: ChildProcess;
  url: string;
  port: number;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
  /** Its exit: code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export const CLI = projectPath('test', 'support', 'bandfit-cli.ts');

/** Starts `bandfit serve --port <port> ...args` and resolves once it prints the address it serves on. */
export async function startServe(env: Record<string, string>, args: string[] = [], port = 0): Promise<ServeProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve', '--port', String(port), ...args], {
    env: { ...process.env, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (chunk) => void (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /serving on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    void exited.then(({ code, signal }) => reject(new Error(`bandfit serve ended (${signal ?? code}) before listening: ${err.trim()}`)));
  });
  return { child, url, port: Number(new URL(url).port), stderr: () => err, exited };
}
