import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import { projectPath } from '../../../src/project-root.js';

export interface AssetSize {
  file: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

export interface BundleSizes {
  assets: AssetSize[];
  /** The JS a cold load of any screen but the map runs: the entry chunk. */
  entryJs: AssetSize;
  /** Every JS file of the build (the entry and the map's lazy chunk), summed. */
  allJs: Omit<AssetSize, 'file'>;
}

/** Sizes of web/dist as built: raw, gzip -9 and brotli 11, each file compressed on its own. */
export function bundleSizes(dist = projectPath('web', 'dist')): BundleSizes {
  const assets = ['index.html', ...readdirSync(join(dist, 'assets')).filter((f) => /\.(js|css|json)$/.test(f)).map((f) => `assets/${f}`)].map((file) => {
    const body = readFileSync(join(dist, file));
    return {
      file,
      bytes: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const js = assets.filter((a) => a.file.endsWith('.js'));
  const entry = readFileSync(join(dist, 'index.html'), 'utf8').match(/<script[^>]+src="\/?([^"]+\.js)"/)?.[1];
  const entryJs = js.find((a) => a.file === entry);
  if (!entryJs) throw new Error(`web/dist/index.html names no script in assets/ (${entry})`);
  const sum = (key: 'bytes' | 'gzip' | 'brotli') => js.reduce((n, a) => n + a[key], 0);
  return { assets, entryJs, allJs: { bytes: sum('bytes'), gzip: sum('gzip'), brotli: sum('brotli') } };
}
