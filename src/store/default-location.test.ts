import { describe, expect, it } from 'vitest';
import { resolveStoreLocation, userDataDir } from './default-location.js';

describe('resolveStoreLocation', () => {
  it('prefers explicit options, then BANDFIT_DATABASE_URL, then BANDFIT_DB', () => {
    const env = { BANDFIT_DATABASE_URL: 'postgres://h/db', BANDFIT_DB: '/tmp/x.db' };
    expect(resolveStoreLocation({ file: ':memory:', env })).toEqual({ kind: 'sqlite', file: ':memory:' });
    expect(resolveStoreLocation({ env })).toEqual({ kind: 'postgres', url: 'postgres://h/db' });
    expect(resolveStoreLocation({ env: { BANDFIT_DB: ':memory:' } })).toEqual({ kind: 'sqlite', file: ':memory:' });
  });

  it('defaults to bandfit/bandfit.db under the XDG data home', () => {
    expect(resolveStoreLocation({ env: { XDG_DATA_HOME: '/data' } }, 'linux')).toEqual({ kind: 'sqlite', file: '/data/bandfit/bandfit.db' });
  });

  it('follows each platform convention', () => {
    expect(userDataDir({}, 'linux', '/home/u')).toBe('/home/u/.local/share');
    expect(userDataDir({ XDG_DATA_HOME: 'relative' }, 'linux', '/home/u')).toBe('/home/u/.local/share');
    expect(userDataDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Application Support');
    expect(userDataDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u')).toBe('C:\\Users\\u\\AppData\\Local');
  });
});
