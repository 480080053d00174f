import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';

/** Third-party reference data beside the repository (../shared/data); absent on a fresh clone. */
export const SHARED_DATA = join(import.meta.dirname, '../../../shared/data');

/** Path of a file or folder inside the shared data folder. */
export const sharedPath = (...parts: string[]): string => join(SHARED_DATA, ...parts);

/** True when every named folder or file of the shared data is present; otherwise prints one line naming the first missing one. */
export function hasSharedData(...parts: string[]): boolean {
  const missing = parts.find((p) => !existsSync(sharedPath(p)));
  if (missing === undefined) return true;
  console.warn(`skipped: ../shared/data/${missing} not found`);
  return false;
}

/** A describe block that runs only when the named shared data is present. */
export function describeWithSharedData(parts: string[], name: string, fn: () => void): void {
  describe.skipIf(!hasSharedData(...parts))(name, fn);
}
