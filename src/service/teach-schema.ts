import { Type, type Static } from 'typebox';
import type { Device } from '../catalog/types.js';
import { MAX_IMPORT_BYTES } from './query-limits.js';
import type { TeachReading } from './teach-reading.js';

/**
 * The one schema of what a person brings to teach a phone (`POST /api/v1/import/phone`, the web
 * app's teach form; docs/api.md, "Teach a phone"): band text or a saved spec page, the name, the
 * variant and its model numbers, and where the bands come from.
 */
export const TeachBody = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    bands: Type.Optional(Type.String({ minLength: 1, maxLength: 20_000 })),
    page: Type.Optional(Type.String({ minLength: 1, maxLength: MAX_IMPORT_BYTES })),
    variant: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
    models: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 20 })),
    source: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    dryRun: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

/** The body of a teach request, as its schema types it. */
export type TeachParams = Static<typeof TeachBody>;

/** The answer to a teach request: the stored record and how its bands were read. */
export interface TeachAnswer {
  /** False for a `dryRun` (a preview: nothing is written). */
  stored: boolean;
  inserted: number;
  updated: number;
  device: Device;
  read: TeachReading;
}
