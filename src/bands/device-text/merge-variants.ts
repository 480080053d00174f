import { bandIndex, findBand } from '../registry.js';
import { TECHS, type Tech } from '../types.js';
import type { LineReading } from './read-band-line.js';
import type { ParsedVariantBands } from './types.js';

/** What a group of lines (one field, one technology) says for one label, or for all. */
interface Acc {
  bands: Set<string>;
  modes: Set<'SA' | 'NSA'>;
  named: Set<Tech>;
}

interface GroupSummary {
  common: Acc;
  byLabel: Map<string, Acc>;
}

/** One axis of variants: labels that name the same split (International / USA / China). */
interface Dimension {
  keys: string[];
  display: Map<string, string>;
}

const emptyAcc = (): Acc => ({ bands: new Set(), modes: new Set(), named: new Set() });

function addLine(acc: Acc, line: Pick<LineReading, 'bands' | 'modes' | 'named'>): void {
  for (const id of line.bands) acc.bands.add(id);
  for (const mode of line.modes) acc.modes.add(mode);
  for (const tech of line.named) acc.named.add(tech);
}

function addAcc(into: Acc, from: Acc): void {
  addLine(into, { bands: [...from.bands], modes: [...from.modes], named: [...from.named] });
}

const labelKey = (label: string): string => label.toLowerCase().replace(/\s+/g, ' ');

function summarise(lines: readonly LineReading[], dims: Dimension[]): GroupSummary {
  const summary: GroupSummary = { common: emptyAcc(), byLabel: new Map() };
  for (const line of lines) {
    if (line.label === null) {
      addLine(summary.common, line);
      continue;
    }
    const key = labelKey(line.label);
    const acc = summary.byLabel.get(key) ?? emptyAcc();
    summary.byLabel.set(key, acc);
    addLine(acc, line);
  }
  if (summary.byLabel.size === 0) return summary;
  // A group whose labels overlap an axis already seen extends that axis (4G and 5G both split
  // International / USA); labels that share nothing with any axis cross with them.
  const keys = [...summary.byLabel.keys()];
  let dim = dims.find((d) => keys.some((key) => d.display.has(key)));
  if (!dim) {
    dim = { keys: [], display: new Map() };
    dims.push(dim);
  }
  for (const line of lines) {
    if (line.label === null) continue;
    const key = labelKey(line.label);
    if (!dims.some((d) => d.display.has(key))) {
      dim.keys.push(key);
      dim.display.set(key, line.label);
    }
  }
  return summary;
}

function crossProduct(dims: readonly Dimension[]): string[][] {
  let tuples: string[][] = [[]];
  for (const dim of dims) tuples = tuples.flatMap((tuple) => dim.keys.map((key) => [...tuple, key]));
  return tuples;
}

function toVariant(acc: Acc, label: string | null): ParsedVariantBands {
  const bands = [...acc.bands].sort((a, b) => (bandIndex(a) ?? 0) - (bandIndex(b) ?? 0));
  const withBands = new Set(bands.map((id) => findBand(id)?.tech));
  const variant: ParsedVariantBands = { label, bands };
  const modes = (['SA', 'NSA'] as const).filter((mode) => acc.modes.has(mode));
  if (modes.length > 0) variant.nrModes = modes;
  const unlisted = TECHS.filter((tech) => acc.named.has(tech) && !withBands.has(tech));
  if (unlisted.length > 0) variant.unlistedTechs = unlisted;
  return variant;
}

/**
 * Turns groups of read lines (one group per field or technology) into variants. The variant
 * set is the cross of the label axes found; lines without a label apply to every variant.
 * Returns no variant when nothing at all was read.
 */
export function mergeVariants(groups: readonly (readonly LineReading[])[]): ParsedVariantBands[] {
  const dims: Dimension[] = [];
  const summaries = groups.map((lines) => summarise(lines, dims));
  const variants: ParsedVariantBands[] = [];
  for (const tuple of crossProduct(dims)) {
    const acc = emptyAcc();
    for (const summary of summaries) {
      addAcc(acc, summary.common);
      for (const key of tuple) {
        const part = summary.byLabel.get(key);
        if (part) addAcc(acc, part);
      }
    }
    const label = tuple.length === 0 ? null : tuple.map((key) => labelOf(dims, key)).join(' / ');
    variants.push(toVariant(acc, label));
  }
  const readAnything = variants.some((v) => v.bands.length > 0 || v.nrModes || v.unlistedTechs);
  return readAnything ? variants : [];
}

function labelOf(dims: readonly Dimension[], key: string): string {
  for (const dim of dims) {
    const label = dim.display.get(key);
    if (label !== undefined) return label;
  }
  return key;
}
