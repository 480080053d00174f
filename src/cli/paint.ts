import pc from 'picocolors';
import type { Level } from '../engine/types.js';

export type Paint = (text: string) => string;
const plain: Paint = (text) => text;

const LEVEL_COLOUR: Record<Level, Paint> = { full: pc.green, partial: pc.yellow, limited: pc.magenta, none: pc.red, unknown: pc.gray };

/** Colours only on a terminal: piped output stays plain text. */
export function painter(colour: boolean) {
  return {
    level: (level: Level, text: string = level) => (colour ? LEVEL_COLOUR[level](text) : text),
    bold: colour ? pc.bold : plain,
    dim: colour ? pc.dim : plain,
    tableStyle: { head: colour ? ['cyan'] : [], border: colour ? ['gray'] : [] },
  };
}
