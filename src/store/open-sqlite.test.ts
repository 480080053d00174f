import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from './open-sqlite.js';

describe('openSqlite', () => {
  it('loads better-sqlite3 with its addon named directly, and the database answers', () => {
    const db = openSqlite(':memory:');
    try {
      expect(db.prepare('select sqlite_version() as v').get()).toEqual({ v: expect.stringMatching(/^3\.\d+\.\d+$/) });
    } finally {
      db.close();
    }
  });

  it('passes its options on: a file that must exist is not created', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bandfit-sqlite-'));
    try {
      expect(() => openSqlite(join(dir, 'missing.db'), { fileMustExist: true })).toThrow();
      expect(existsSync(join(dir, 'missing.db'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
