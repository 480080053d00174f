import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/**
 * The package's own folder (where `data/` and `catalog/` live), found by walking up from
 * this module, so the same code works from `src/` under tsx and from the bundled `dist/`.
 */
export function projectRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'data'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('bandfit: cannot find the package folder (data/ missing)');
    dir = parent;
  }
  return (root = dir);
}

/** A path inside the package folder. */
export function projectPath(...parts: string[]): string {
  return join(projectRoot(), ...parts);
}
