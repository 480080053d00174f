import type { Examples } from './catalog-examples.js';
import type { StoreProblem } from './store-problems.js';

/** One of each store problem, for the table test of the writer. */
export const STORE_EXAMPLES: Examples<StoreProblem> = {
  'backup-postgres': { code: 'E_BAD_INPUT', kind: 'backup-postgres' },
  'backup-memory': { code: 'E_BAD_INPUT', kind: 'backup-memory' },
  'no-store-to-back-up': { code: 'E_BAD_INPUT', kind: 'no-store-to-back-up', file: 'bandfit.db' },
  'backup-exists': { code: 'E_BAD_INPUT', kind: 'backup-exists', parameter: 'file', file: 'backup.db' },
  'backup-failed': { code: 'E_STORE', kind: 'backup-failed', from: 'bandfit.db', to: 'backup.db', reason: 'disk full' },
  'migration-failed': { code: 'E_STORE', kind: 'migration-failed', reason: 'table exists' },
  'bad-database-url': { code: 'E_BAD_INPUT', kind: 'bad-database-url', url: 'mysql://***@db/bandfit' },
  'store-unopened': { code: 'E_STORE', kind: 'store-unopened', where: 'bandfit.db', reason: 'SQLITE_CANTOPEN' },
  'store-failed': { code: 'E_STORE', kind: 'store-failed', where: 'postgres://***@db/bandfit', reason: 'connection refused' },
  'stored-record-not-json': { code: 'E_CORRUPT_DATA', kind: 'stored-record-not-json', id: 'xiaomi-mi-6' },
  'stored-tac-not-json': { code: 'E_CORRUPT_DATA', kind: 'stored-tac-not-json', tac: '35799425' },
  'catalog-phone-not-taught': { code: 'E_BAD_INPUT', kind: 'catalog-phone-not-taught', parameter: 'name', device: 'Xiaomi Mi 6' },
  'no-taught-phone': { code: 'E_UNKNOWN_DEVICE', kind: 'no-taught-phone', query: 'Fairphone 9' },
  'imports-off': { code: 'E_FORBIDDEN', kind: 'imports-off' },
  'bad-admin-token': { code: 'E_FORBIDDEN', kind: 'bad-admin-token' },
  'no-writable-store': { code: 'E_FORBIDDEN', kind: 'no-writable-store' },
  'none-taught': { code: 'E_UNKNOWN_DEVICE', kind: 'none-taught', query: 'Fairphone 9' },
};
