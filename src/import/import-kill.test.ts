import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { importDevices } from './import-devices.js';
import { hasSharedData } from '../../test/support/shared-data.js';

const DATA = join(import.meta.dirname, '../../../shared/data');
const TIDY = join(DATA, 'gsmarena-1997808-2023/data_tidy_2.csv');
const XIAOMI = join(DATA, 'gsmarena-foykes-2021/brands/Xiaomi.csv');
const CHILD = join(import.meta.dirname, 'test-support/import-child.ts');
const starter = { devices: [], version: 'kill-test' };

async function count(file: string): Promise<{ devices: number; version: string }> {
  const store = await openStore({ file, env: {}, starter });
  try {
    return { devices: await store.countDevices(), version: await store.catalogVersion() };
  } finally {
    await store.close();
  }
}

describe.skipIf(!hasSharedData('gsmarena-1997808-2023', 'gsmarena-foykes-2021'))('an import killed with SIGKILL', () => {
  it('leaves the store as it was before the import', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bandfit-kill-')), 'bandfit.db');
    const store = await openStore({ file, env: {}, starter });
    await importDevices(store, XIAOMI);
    await store.close();
    const before = await count(file);
    expect(before.devices).toBeGreaterThan(100);

    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, TIDY], { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk) => {
        output += String(chunk);
        if (output.includes('writing')) resolve();
      });
      child.on('exit', () => reject(new Error(`child ended before writing: ${output} ${stderr}`)));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output).not.toContain('finished');

    const after = await count(file);
    expect(after).toEqual(before);
  });
});
