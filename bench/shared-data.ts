import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/project-root.js';

/** The reference data folder beside the checkout (`../shared/data`), or `undefined`. */
export function sharedData(...parts: string[]): string | undefined {
  const path = join(projectRoot(), '..', 'shared', 'data', ...parts);
  return existsSync(path) ? path : undefined;
}

export const TIDY_DUMP = ['gsmarena-1997808-2023', 'data_tidy_2.csv'] as const;
