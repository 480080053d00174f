/**
 * Decodes a Python bytes literal as the foykes GSMArena scrape wrote its cells
 * (`b'Acer Iconia'`, `b'5.15\xe2\x80\x89inches'`): the escapes are UTF-8 bytes. A value that is
 * not a bytes literal comes back unchanged, so decoded and raw files read the same way.
 *
 * @example
 * decodeBytesLiteral("b'$\\xe2\\x80\\x89644.99'"); // '$\u2009644.99'
 */
export function decodeBytesLiteral(cell: string): string {
  const match = /^b(['"])([\s\S]*)\1$/.exec(cell);
  if (!match) return cell;
  const body = match[2]!;
  if (!body.includes('\\')) return body;
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\' || i + 1 >= body.length) {
      for (const byte of Buffer.from(ch, 'utf8')) bytes.push(byte);
      continue;
    }
    const next = body[++i]!;
    if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 1, i + 3))) {
      bytes.push(parseInt(body.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      // Python's short escapes (https://docs.python.org/3/reference/lexical_analysis.html#escape-sequences).
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"' };
      const value = simple[next] ?? `\\${next}`;
      for (const byte of Buffer.from(value, 'utf8')) bytes.push(byte);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
