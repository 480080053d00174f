import { findBand } from '../bands/registry.js';
import type { Device } from './types.js';
import { BandfitError } from '../errors.js';

/** Ids are lower-case slugs: `xiaomi-mi-6`, `xiaomi-mi-6-cn`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

type Json = Record<string, unknown>;

function fail(where: string, path: (string | number)[], message: string): never {
  throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'invalid-field', where, field: path.join('.'), reason: message }, { path });
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(record: Json, key: string, where: string, path: (string | number)[], required = true): void {
  const value = record[key];
  if (value === undefined && !required) return;
  if (typeof value !== 'string' || value.trim() === '') fail(where, [...path, key], 'expected a non-empty string');
}

function textList(record: Json, key: string, where: string, path: (string | number)[]): void {
  const value = record[key];
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) fail(where, [...path, key], 'expected a list of strings');
}

/** `volte`, `volteSources` and `certifiedBy`: VoLTE is a sourced fact, a device list names a carrier id. */
function validateVoiceFacts(variant: Json, where: string, path: (string | number)[]): void {
  if (variant.volte !== undefined && typeof variant.volte !== 'boolean') fail(where, [...path, 'volte'], 'expected true or false');
  const sources = variant.volteSources;
  if (sources !== undefined) {
    if (!Array.isArray(sources) || sources.length === 0) fail(where, [...path, 'volteSources'], 'expected a list of sources');
    sources.forEach((source, i) => {
      if (!isObject(source)) fail(where, [...path, 'volteSources', i], 'expected a source object');
      text(source, 'title', where, [...path, 'volteSources', i]);
    });
  }
  const listed = variant.certifiedBy;
  if (listed === undefined) return;
  if (!Array.isArray(listed)) fail(where, [...path, 'certifiedBy'], 'expected a list of { carrier, source }');
  listed.forEach((entry, i) => {
    const at = [...path, 'certifiedBy', i];
    if (!isObject(entry)) fail(where, at, 'expected { carrier, source }');
    text(entry, 'carrier', where, at);
    if (!SLUG.test(entry.carrier as string)) fail(where, [...at, 'carrier'], `"${String(entry.carrier)}" is not a carrier id`);
    if (!isObject(entry.source)) fail(where, [...at, 'source'], 'expected a source object');
    text(entry.source, 'title', where, [...at, 'source']);
  });
}

/**
 * Checks that a value is a `Device` as `docs/data-devices.md` describes it: slug ids, at least one
 * variant, band ids the registry knows, sources given. Returns it typed, or throws
 * `E_BAD_INPUT` naming the field (`where` says which file or row).
 *
 * @example
 * const device = validateDevice(JSON.parse(text), 'data/devices/xiaomi.json[0]');
 */
export function validateDevice(value: unknown, where: string): Device {
  if (!isObject(value)) fail(where, [], 'expected a device object');
  const device = value;
  text(device, 'id', where, []);
  if (!SLUG.test(device.id as string)) fail(where, ['id'], `"${String(device.id)}" is not a lower-case slug`);
  text(device, 'brand', where, []);
  text(device, 'name', where, []);
  text(device, 'checked', where, []);
  for (const key of ['announced', 'released', 'checked']) {
    const date = device[key];
    if (date !== undefined && (typeof date !== 'string' || !ISO_DATE.test(date))) fail(where, [key], 'expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)');
  }
  textList(device, 'aliases', where, []);
  if (!Array.isArray(device.sources)) fail(where, ['sources'], 'expected a list of sources');
  device.sources.forEach((source, i) => {
    if (!isObject(source)) fail(where, ['sources', i], 'expected a source object');
    text(source, 'title', where, ['sources', i]);
  });
  if (device.specs !== undefined && !isObject(device.specs)) fail(where, ['specs'], 'expected an object');
  if (!Array.isArray(device.variants) || device.variants.length === 0) fail(where, ['variants'], 'expected at least one variant');
  const variantIds = new Set<string>();
  device.variants.forEach((variant, i) => {
    const path = ['variants', i];
    if (!isObject(variant)) fail(where, path, 'expected a variant object');
    text(variant, 'id', where, path);
    text(variant, 'label', where, path);
    if (!SLUG.test(variant.id as string)) fail(where, [...path, 'id'], `"${String(variant.id)}" is not a lower-case slug`);
    if (variantIds.has(variant.id as string)) fail(where, [...path, 'id'], `variant id "${String(variant.id)}" is used twice`);
    variantIds.add(variant.id as string);
    textList(variant, 'models', where, path);
    textList(variant, 'markets', where, path);
    if (!Array.isArray(variant.bands)) fail(where, [...path, 'bands'], 'expected a list of band ids');
    variant.bands.forEach((band, j) => {
      if (typeof band !== 'string' || !findBand(band)) fail(where, [...path, 'bands', j], `unknown band id "${String(band)}"`);
    });
    if (variant.nrModes !== undefined && (!Array.isArray(variant.nrModes) || variant.nrModes.some((m) => m !== 'SA' && m !== 'NSA'))) {
      fail(where, [...path, 'nrModes'], 'expected a list of "SA" and "NSA"');
    }
    validateVoiceFacts(variant, where, path);
  });
  return device as unknown as Device;
}
