import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { BandfitError } from '../errors.js';
import { projectPath } from '../project-root.js';
import type { Device } from './types.js';

/** Bumped whenever the file's form changes; the loader refuses any other. */
export const DEVICE_FORMAT_VERSION = 1;

/**
 * `catalog/devices.json` (docs/device-catalog.md): the curated `data/devices/*.json` records,
 * validated at build time, in one file with its format and data version.
 */
export interface DeviceCatalog {
  formatVersion: number;
  /** Hash of the build inputs (format version, every file's name and text). */
  dataVersion: string;
  /** The latest `checked` date of the records. */
  buildDate: string;
  devices: Device[];
}

export const deviceCatalogPath = (): string => projectPath('catalog', 'devices.json');

function refuse(path: string, found: unknown): never {
  throw new BandfitError({ code: 'E_CATALOG_VERSION', kind: 'catalog-format', catalog: 'device', file: path, found: String(found), expected: DEVICE_FORMAT_VERSION, script: 'build:devices' }, {
    found, expected: DEVICE_FORMAT_VERSION,
  });
}

function unreadable(path: string, cause: unknown): never {
  throw new BandfitError({ code: 'E_CORRUPT_DATA', kind: 'unreadable-catalog', catalog: 'device', file: path, script: 'build:devices' }, { path: [path] }, cause);
}

let cached: { path: string; catalog: DeviceCatalog } | undefined;

/** Loads (once) the compiled device catalog; throws `E_CATALOG_VERSION` on a format mismatch. */
export function loadDeviceCatalog(path = deviceCatalogPath()): DeviceCatalog {
  if (cached?.path === path) return cached.catalog;
  let catalog: DeviceCatalog;
  try {
    catalog = JSON.parse(readFileSync(path, 'utf8')) as DeviceCatalog;
  } catch (cause) {
    unreadable(path, cause);
  }
  if (catalog?.formatVersion !== DEVICE_FORMAT_VERSION || !Array.isArray(catalog.devices)) refuse(path, catalog?.formatVersion);
  cached = { path, catalog };
  return catalog;
}

/**
 * The catalog's `dataVersion`, read from its first line alone (the header the build writes
 * there): a store whose seeded version matches need not parse the whole file at start-up.
 */
export function deviceCatalogVersion(path = deviceCatalogPath()): string {
  if (cached?.path === path) return cached.catalog.dataVersion;
  let head: string;
  try {
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(256);
      head = buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
    } finally {
      closeSync(fd);
    }
  } catch (cause) {
    unreadable(path, cause);
  }
  const format = /^\{"formatVersion":(\d+),/.exec(head)?.[1];
  if (Number(format) !== DEVICE_FORMAT_VERSION) refuse(path, format === undefined ? undefined : Number(format));
  const version = /"dataVersion":"([0-9a-f]+)"/.exec(head)?.[1];
  if (!version) unreadable(path, new Error('no dataVersion in the first line'));
  return version;
}
