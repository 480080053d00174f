/**
 * A string's length in code points (a surrogate pair is one), as Ajv counts `minLength` and
 * `maxLength` (ajv/dist/runtime/ucs2length.js, MIT): the generated query validators call it, so
 * the CLI counts a name's characters as the HTTP routes do.
 *
 * @example
 * ucs2length('📱 Mi 6'); // 6
 */
export function ucs2length(text: string): number {
  const end = text.length;
  let length = 0;
  let at = 0;
  while (at < end) {
    length++;
    const unit = text.charCodeAt(at++);
    if (unit >= 0xd800 && unit <= 0xdbff && at < end && (text.charCodeAt(at) & 0xfc00) === 0xdc00) at++;
  }
  return length;
}
