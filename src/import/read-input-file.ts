import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { BandfitError } from '../errors.js';

/** Reads an import file as UTF-8; a missing or unreadable file is `E_BAD_INPUT` naming it. */
export async function readInputFile(file: string): Promise<{ text: string; name: string }> {
  try {
    return { text: await readFile(file, 'utf8'), name: basename(file) };
  } catch (cause) {
    throw new BandfitError('E_BAD_INPUT', `Cannot read ${file}: ${(cause as Error).message}`, { path: [file] }, cause);
  }
}
