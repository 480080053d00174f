import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytesLiteral } from './bytes-literal.js';

/** Python's repr of UTF-8 bytes: printable ASCII as is, everything else as \xNN. */
function pythonBytesRepr(text: string): string {
  let body = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    if (byte === 0x5c) body += '\\\\';
    else if (byte === 0x27) body += "\\'";
    else if (byte === 0x0a) body += '\\n';
    else if (byte >= 0x20 && byte < 0x7f) body += String.fromCharCode(byte);
    else body += `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return `b'${body}'`;
}

describe('decodeBytesLiteral', () => {
  it('decodes cells of the foykes brand files', () => {
    expect(decodeBytesLiteral("b'Acer Chromebook Tab 10'")).toBe('Acer Chromebook Tab 10');
    expect(decodeBytesLiteral("b'$\\xe2\\x80\\x89644.99'")).toBe('$\u2009644.99');
    expect(decodeBytesLiteral('plain text')).toBe('plain text');
  });

  it('inverts Python bytes repr for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeBytesLiteral(pythonBytesRepr(text))).toBe(text);
      }),
    );
  });
});
