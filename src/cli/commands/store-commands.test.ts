import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { BandfitError } from '../../errors.js';
import { openSnapshot } from '../../service/open-snapshot.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import type { CliContext } from '../context.js';
import { devicesCommand } from './devices.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { hasSharedData } from '../../../test/support/shared-data.js';

const DATA = join(import.meta.dirname, '../../../../shared/data');
const TIDY = join(DATA, 'gsmarena-1997808-2023/data_tidy_2.csv');
const tmp = mkdtempSync(join(tmpdir(), 'bandfit-cli-store-'));
const PRESENT = hasSharedData('gsmarena-1997808-2023', 'band-atlas');
const tidyLines = PRESENT ? readFileSync(TIDY, 'utf8').split('\n') : [];

function tidySlice(name: string, names: string[], extra: string[] = []): string {
  const file = join(tmp, name);
  writeFileSync(file, [tidyLines[0], ...names.map((n) => tidyLines.find((l) => l.startsWith(`${n},`))!), ...extra].join('\n') + '\n');
  return file;
}

let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function cli(make: (ctx: CliContext) => Command, argv: string[]) {
  store ??= await openStore({ file: ':memory:', env: {}, starter: { devices: [], version: 'cli-test' } });
  const out: string[] = [];
  const err: string[] = [];
  const opened = store;
  const ctx = {
    io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t), isTTY: false },
    env: { BANDFIT_REFERENCE_DATA: DATA },
    openStore: async () => opened,
    snapshot: () => openSnapshot({ store: opened }),
    close: async () => undefined,
  } satisfies CliContext;
  const command = make(ctx).exitOverride();
  for (const sub of command.commands) sub.exitOverride();
  await command.parseAsync(argv, { from: 'user' });
  return { out: out.join('\n'), err: err.join('\n') };
}

describe.skipIf(!PRESENT)('bandfit import / export / devices', () => {
  it('imports devices with plain progress lines and a summary', async () => {
    const { out, err } = await cli(importCommand, ['devices', tidySlice('a.csv', ['Xiaomi Mi 6', 'Acer Chromebook Tab 10'])]);
    expect(out).toContain('Imported 1 devices from a.csv (gsmarena-tidy): 1 new, 0 updated.');
    expect(out).toContain('1 without cellular radio skipped');
    expect(err).toMatch(/^reading: 0\/2/m);
    expect(err).toMatch(/^writing: 1\/1/m);
  });

  it('aborts a bad file but writes the report of rejected rows', async () => {
    const report = join(tmp, 'report.json');
    const file = tidySlice('bad.csv', ['Xiaomi Mi 6'], [',Acer,GSM,GSM 900,,,,,,,2018,,,,,,,,,,,,,,,,,,']);
    const error = await cli(importCommand, ['devices', file, '--report', report]).catch((e: unknown) => e);
    expect((error as BandfitError).code).toBe('E_IMPORT');
    expect(JSON.parse(readFileSync(report, 'utf8')).rejected).toEqual([{ line: 3, reason: 'missing name (Name column is empty)' }]);
    expect(await store!.countDevices()).toBe(0);
    const skipped = await cli(importCommand, ['devices', file, '--skip-invalid', '--report', report]);
    expect(skipped.out).toContain('1 rejected');
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ imported: 1, rejected: [{ line: 3 }] });
  });

  it('rejects an unknown --format as bad usage', async () => {
    const error = await cli(importCommand, ['devices', 'x.csv', '--format', 'xml']).catch((e: unknown) => e);
    expect((error as BandfitError).code).toBe('E_BAD_INPUT');
  });

  it('imports carriers', async () => {
    const { out } = await cli(importCommand, ['carriers', join(DATA, 'band-atlas/networks.csv')]);
    expect(out).toBe('Imported 465 carrier overlays from networks.csv (networks, 465 rows).');
  });

  it('exports what import reads back', async () => {
    await cli(importCommand, ['devices', tidySlice('b.csv', ['Xiaomi Mi 6', 'Acer Iconia Talk S'])]);
    const outFile = join(tmp, 'export.json');
    const { err } = await cli(exportCommand, ['--out', outFile]);
    expect(err).toBe(`Exported 2 devices to ${outFile}.`);
    const { out } = await cli(exportCommand, []);
    expect(JSON.parse(out)).toEqual(JSON.parse(readFileSync(outFile, 'utf8')));
  });

  it('lists and searches devices', async () => {
    await cli(importCommand, ['devices', tidySlice('c.csv', ['Xiaomi Mi 6', 'Xiaomi Mi 6 Plus', 'Acer Iconia Talk S'])]);
    const listed = await cli(devicesCommand, ['--brand', 'xiaomi', '--json']);
    expect(JSON.parse(listed.out).map((d: { id: string }) => d.id)).toEqual(['xiaomi-mi-6', 'xiaomi-mi-6-plus']);
    const found = await cli(devicesCommand, ['xiaomi mi 6']);
    expect(found.out.split('\n').find((l) => l.includes('xiaomi-mi-6'))).toContain('name');
    await expect(cli(devicesCommand, ['nothing like this'])).rejects.toMatchObject({ code: 'E_UNKNOWN_DEVICE' });
  });
});
