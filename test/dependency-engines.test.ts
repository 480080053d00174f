import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// semver is the range logic npm itself uses to check engines (EBADENGINE).
const semver = createRequire(import.meta.url)('semver') as { satisfies(version: string, range: string): boolean; validRange(range: string): string | null };

interface LockedPackage {
  version?: string;
  optional?: boolean;
  engines?: { node?: string } | string[];
}

const ROOT = join(import.meta.dirname, '..');
const declared = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockedPackage> };

/**
 * The Node versions a range promises, one per long-term-support line (the even majors; odd
 * majors are short-lived and packages commonly leave them out): the lowest release of each
 * line the range admits (`>=20.19` → 20.19.0, 22.0.0, 24.0.0, 26.0.0).
 */
export function promisedNodes(range: string, lines = [20, 22, 24, 26]): string[] {
  return lines.flatMap((major) => {
    for (let minor = 0; minor < 60; minor++) if (semver.satisfies(`${major}.${minor}.0`, range)) return [`${major}.${minor}.0`];
    return [];
  });
}

/**
 * Packages of the lock whose `engines.node` leaves out a Node version the range promises:
 * `npm ci` on that Node warns EBADENGINE for them, and they may not run there. An optional
 * package is left out: npm skips installing it where its engines do not match (a platform binary).
 */
export function enginesExcluding(range: string, packages: Record<string, LockedPackage>): string[] {
  const nodes = promisedNodes(range);
  return Object.entries(packages).flatMap(([path, pkg]) => {
    const node = Array.isArray(pkg.engines) ? undefined : pkg.engines?.node;
    if (!path || !node || pkg.optional || !semver.validRange(node)) return [];
    const left = nodes.filter((version) => !semver.satisfies(version, node));
    return left.length ? [`${path.replace(/^.*node_modules\//, '')}@${pkg.version}: engines.node "${node}" excludes Node ${left.join(', ')}`] : [];
  });
}

describe('dependencies fit the engines field', () => {
  it(`every installed package runs on each Node that "${declared}" (package.json engines) promises`, () => {
    expect(promisedNodes(declared).length).toBeGreaterThan(0);
    expect(enginesExcluding(declared, lock.packages), 'pin a version that supports them in package.json overrides, or declare the Node needed').toEqual([]);
  });
  it('finds a package that needs a newer Node than declared', () => {
    const packages = { 'node_modules/cookie': { version: '2.0.2', engines: { node: '>=22' } }, 'node_modules/ok': { version: '1.0.0', engines: { node: '18 || 20 || >=22' } } };
    expect(promisedNodes('>=20.19')).toEqual(['20.19.0', '22.0.0', '24.0.0', '26.0.0']);
    expect(enginesExcluding('>=20.19', packages)).toEqual(['cookie@2.0.2: engines.node ">=22" excludes Node 20.19.0']);
    expect(enginesExcluding('>=22', packages)).toEqual([]);
  });
});
