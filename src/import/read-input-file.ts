import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { BandfitError } from '../errors.js';

/**
 * Decodes UTF-8 strictly. Read leniently, a Latin-1 or UTF-16 file imports names with U+FFFD in
 * place of every accented letter (`Säve` stored as `S\uFFFDve`) and nobody notices.
 */
function decodeUtf8(bytes: Buffer, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    const lossy = bytes.toString('utf8');
    const line = lossy.slice(0, lossy.indexOf('\uFFFD') + 1).split('\n').length;
    throw new BandfitError({ code: 'E_IMPORT', kind: 'not-utf8', file: name, line }, { path: [line] }, cause);
  }
}

/**
 * Reads an import file as UTF-8; a missing or unreadable file is `E_BAD_INPUT` naming it, a
 * file that is not UTF-8 `E_IMPORT` with the line of the first bad byte.
 */
export async function readInputFile(file: string): Promise<{ text: string; name: string }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (cause) {
    throw new BandfitError({ code: 'E_BAD_INPUT', kind: 'unreadable-file', file, reason: (cause as Error).message }, { path: [file] }, cause);
  }
  const name = basename(file);
  return { text: decodeUtf8(bytes, name), name };
}
