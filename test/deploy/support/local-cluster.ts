import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { projectPath } from '../../../src/project-root.js';
import { CLI } from './serve-process.js';

const run = promisify(execFile);

/** Why deploy/local-cluster.sh cannot run here (nginx or PostgreSQL missing), or undefined. */
export function clusterMissing(): string | undefined {
  const nginx = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim();
  if (!nginx) return 'nginx not found (apt-get install nginx)';
  const initdb = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql') : [];
  if (!initdb && !versions.some((v) => existsSync(`/usr/lib/postgresql/${v}/bin/initdb`))) {
    return 'PostgreSQL server binaries not found (apt-get install postgresql)';
  }
  return undefined;
}

/** A cluster of deploy/local-cluster.sh on ports from `base`: nginx on base, instances on base+1.., PostgreSQL on base+9. */
export interface LocalCluster {
  /** The balancer. */
  url: string;
  instanceUrls: string[];
  databaseUrl: string;
  token: string;
  dir: string;
  /** The pid of instance i (1-based) now. */
  pid(i: number): number;
  restart(i: number): Promise<void>;
  /** nginx over the first `instances` instances only (the same rendered configuration, reloaded gracefully). */
  balance(instances: number): Promise<void>;
  /** nginx's error log so far (retries and failed upstreams are logged there). */
  nginxErrors(): string;
  stop(): Promise<void>;
}

/**
 * Starts deploy/local-cluster.sh with `n` instances of the CLI from the sources
 * (test/support/bandfit-cli.ts through tsx, so the code under test is what runs).
 */
export async function startLocalCluster(n: number, base: number, name = 'test'): Promise<LocalCluster> {
  const dir = `/tmp/bandfit-cluster-${name}-${base}`;
  const env = {
    ...process.env,
    BANDFIT_LB_PORT: String(base),
    BANDFIT_FIRST_PORT: String(base + 1),
    BANDFIT_PG_PORT: String(base + 9),
    BANDFIT_CLUSTER_DIR: dir,
    BANDFIT_CMD: `${process.execPath} --import tsx ${CLI}`,
  };
  const script = projectPath('deploy', 'local-cluster.sh');
  const cluster = (...args: string[]) => run('sh', [script, ...args], { env, encoding: 'utf8' });
  let url: string;
  try {
    url = (await cluster('start', String(n))).stdout.trim();
  } catch (error) {
    await cluster('stop').catch(() => undefined);
    throw error;
  }
  const state = readFileSync(`${dir}/cluster.env`, 'utf8');
  const nginx = /^NGINX=(.*)$/m.exec(state)![1]!;
  const port = (i: number) => base + i;
  return {
    url,
    instanceUrls: Array.from({ length: n }, (_, i) => `http://127.0.0.1:${port(i + 1)}`),
    databaseUrl: /^DATABASE_URL=(.*)$/m.exec(state)![1]!,
    token: readFileSync(`${dir}/admin-token`, 'utf8').trim(),
    dir,
    pid: (i) => Number(readFileSync(`${dir}/instance-${port(i)}.pid`, 'utf8')),
    restart: async (i) => void (await cluster('restart', String(i))),
    balance: async (instances) => {
      const ports = Array.from({ length: instances }, (_, i) => String(port(i + 1)));
      const conf = await run('sh', [projectPath('deploy', 'render-nginx.sh'), `127.0.0.1:${base}`, ...ports], { encoding: 'utf8' });
      writeFileSync(`${dir}/nginx/bandfit.conf`, conf.stdout);
      await run(nginx, ['-p', `${dir}/nginx`, '-c', `${dir}/nginx/nginx.conf`, '-e', `${dir}/nginx/error.log`, '-s', 'reload']);
      await new Promise((resolve) => setTimeout(resolve, 1500)); // the old workers finish their requests and exit
    },
    nginxErrors: () => readFileSync(`${dir}/nginx/error.log`, 'utf8'),
    stop: async () => void (await cluster('stop')),
  };
}
