import type { Surface } from './surface.js';

/** Problems of the store: opening, migrating, backing up, stored rows, taught phones, admin access. */
export type StoreProblem =
  | { code: 'E_BAD_INPUT'; kind: 'backup-postgres' }
  | { code: 'E_BAD_INPUT'; kind: 'backup-memory' }
  | { code: 'E_BAD_INPUT'; kind: 'no-store-to-back-up'; file: string }
  | { code: 'E_BAD_INPUT'; kind: 'backup-exists'; parameter: string; file: string }
  | { code: 'E_STORE'; kind: 'backup-failed'; from: string; to: string; reason: string }
  | { code: 'E_STORE'; kind: 'migration-failed'; reason: string }
  | { code: 'E_BAD_INPUT'; kind: 'bad-database-url'; url: string }
  | { code: 'E_STORE'; kind: 'store-unopened'; where: string; reason: string }
  | { code: 'E_STORE'; kind: 'store-failed'; where: string; reason: string }
  | { code: 'E_CORRUPT_DATA'; kind: 'stored-record-not-json'; id: string }
  | { code: 'E_CORRUPT_DATA'; kind: 'stored-tac-not-json'; tac: string }
  | { code: 'E_BAD_INPUT'; kind: 'catalog-phone-not-taught'; parameter: string; device: string }
  | { code: 'E_UNKNOWN_DEVICE'; kind: 'no-taught-phone'; query: string }
  | { code: 'E_UNKNOWN_DEVICE'; kind: 'none-taught'; query: string }
  | { code: 'E_FORBIDDEN'; kind: 'imports-off' }
  | { code: 'E_FORBIDDEN'; kind: 'bad-admin-token' }
  | { code: 'E_FORBIDDEN'; kind: 'no-writable-store' };

/** Writes the one sentence (undefined for another area's kind) for a store problem. */
export function writeStoreProblem(p: StoreProblem, surface: Surface): string | undefined {
  switch (p.kind) {
    case 'backup-postgres':
      return 'This store is PostgreSQL (BANDFIT_DATABASE_URL): back it up with pg_dump (docs/deploy.md, "Backups")';
    case 'backup-memory':
      return 'An in-memory store (BANDFIT_DB=:memory:) has nothing to back up';
    case 'no-store-to-back-up':
      return `No store at ${p.file} to back up`;
    case 'backup-exists':
      return `${p.file} already exists: give the backup a new file name${surface === 'http' ? ` ("${p.parameter}")` : ''}`;
    case 'backup-failed':
      return `Cannot back up ${p.from} to ${p.to}: ${p.reason}`;
    case 'migration-failed':
      return `Store migration failed: ${p.reason}`;
    case 'bad-database-url':
      return `BANDFIT_DATABASE_URL must start with postgres://, got "${p.url}"`;
    case 'store-unopened':
      return `Cannot open the store at ${p.where}: ${p.reason}`;
    case 'store-failed':
      return `The store at ${p.where} failed: ${p.reason}`;
    case 'stored-record-not-json':
      return `Stored record "${p.id}" is not valid JSON`;
    case 'stored-tac-not-json':
      return `Stored TAC row "${p.tac}" is not valid JSON`;
    case 'catalog-phone-not-taught':
      return `${p.device}${surface === 'http' ? ` ("${p.parameter}")` : ''} is a catalog phone, not one you taught: only phones taught with ${surface === 'cli' ? 'devices add' : 'POST /api/v1/import/phone'} can be removed`;
    case 'no-taught-phone':
      return `No taught phone matches "${p.query}"`;
    case 'none-taught':
      return `No taught phone matches "${p.query}" (no phone has been taught)`;
    case 'imports-off':
      return 'Imports over HTTP are off: set BANDFIT_ADMIN_TOKEN on the server to allow them';
    case 'bad-admin-token':
      return 'The admin token is not valid';
    case 'no-writable-store':
      return 'This server has no writable store';
    default:
      return undefined; // a kind of another area
  }
}
