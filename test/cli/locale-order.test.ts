import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-root.js';

/** The answers of one process started under `locale` (test/support/locale-answers.ts). */
function answersUnder(locale: string): Record<string, string> {
  const env = { ...process.env, LANG: locale, LC_ALL: locale, BANDFIT_DB: ':memory:' };
  const r = spawnSync(process.execPath, ['--import', 'tsx', projectPath('test', 'support', 'locale-answers.ts')], { cwd: projectPath(), env, encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`locale-answers under ${locale} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Record<string, string>;
}

describe('an answer is in the same order under every locale', () => {
  it('check and carriers, from the CLI and the API, under C, en_US and da_DK', () => {
    const [c, en, da] = ['C.UTF-8', 'en_US.UTF-8', 'da_DK.UTF-8'].map(answersUnder);
    // The processes did run under different collation locales: Danish sorts Å after Z.
    expect(da!.locale).toBe('da-DK');
    expect(en!.locale).toBe('en-US');
    const { locale: _c, ...fromC } = c!;
    const { locale: _e, ...fromEn } = en!;
    const { locale: _d, ...fromDa } = da!;
    expect(fromEn).toEqual(fromC);
    expect(fromDa).toEqual(fromC);
    // Finland's networks: Ålcom among the A's, as English orders it (Danish would put it after VIRVE).
    for (const body of [fromC.cliCarriers!, fromC.apiCarriers!]) {
      const names: string[] = JSON.parse(body).carriers.map((carrier: { name: string }) => carrier.name);
      expect(names.indexOf('Ålcom')).toBeGreaterThanOrEqual(0);
      expect(names.indexOf('Ålcom')).toBeLessThan(names.indexOf('DNA'));
    }
    expect(JSON.parse(fromC.cliCheck!).results.length).toBeGreaterThan(0);
    expect(JSON.parse(fromC.apiCheck!)).toEqual(JSON.parse(fromC.cliCheck!));
  }, 180_000);
});
