import type { Surface } from './surface.js';
import { option } from './surface.js';

/** Problems of one option's value (`--port`, `--format`, …), of the commands' own inputs, and of a library call's arguments. */
export type OptionProblem =
  | { code: 'E_BAD_INPUT'; kind: 'bad-number'; parameter: string; input: string; expected: string }
  | { code: 'E_BAD_INPUT'; kind: 'not-one-of'; parameter: string; input: string; allowed: string[] }
  | { code: 'E_BAD_INPUT'; kind: 'export-what'; parameter: string; input: string }
  | { code: 'E_BAD_INPUT'; kind: 'no-reference-dumps'; parameter: string; dir: string }
  | { code: 'E_BAD_INPUT'; kind: 'reuse-arrays-size'; call: string; size: number; expected: number };

/** `--port` as the subject of a sentence: `--port` on the CLI, `The parameter "port"` over HTTP. */
const subject = (surface: Surface, parameter: string): string => {
  const named = option(surface, parameter);
  return named[0]!.toUpperCase() + named.slice(1);
};

/** Writes the one sentence (undefined for another area's kind) for an option problem. */
export function writeOptionProblem(p: OptionProblem, surface: Surface): string | undefined {
  switch (p.kind) {
    case 'bad-number':
      return `${subject(surface, p.parameter)} must be ${p.expected}, got "${p.input}"`;
    case 'not-one-of':
      return `${subject(surface, p.parameter)} must be one of ${p.allowed.join(', ')}, got "${p.input}"`;
    case 'export-what':
      return `Only devices can be exported, got "${p.input}"${surface === 'http' ? ` ("${p.parameter}")` : ''}`;
    case 'no-reference-dumps':
      return `No GSMArena dumps found under ${p.dir} (set ${p.parameter})`;
    case 'reuse-arrays-size':
      return `${p.call}: the arrays to reuse hold ${p.size} pairs, not ${p.expected}`;
    default:
      return undefined; // a kind of another area
  }
}
