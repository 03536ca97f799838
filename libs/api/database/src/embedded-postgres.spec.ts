import { spawn } from 'node:child_process';
import { mkdtempSync, chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveClusterDir, stopOrphanedServer } from './embedded-postgres';

describe('resolveClusterDir', () => {
  it('keeps the cluster inside DATA_DIR when not running as root', () => {
    expect(resolveClusterDir('/srv/app/.data', false)).toBe('/srv/app/.data/postgres');
  });

  const asRoot = process.getuid?.() === 0;
  (asRoot ? it : it.skip)('moves the cluster to the temp dir when the server user cannot traverse DATA_DIR', () => {
    const locked = mkdtempSync(join(tmpdir(), 'jobunivers-locked-'));
    chmodSync(locked, 0o700);
    const dir = resolveClusterDir(join(locked, 'clone', '.data'), true);
    expect(dir.startsWith(join(tmpdir(), 'jobunivers-pg-'))).toBe(true);
    expect(resolveClusterDir(join(locked, 'clone', '.data'), true)).toBe(dir);
    chmodSync(locked, 0o755);
    expect(resolveClusterDir(join(locked, 'clone', '.data'), true)).toBe(join(locked, 'clone', '.data', 'postgres'));
  });
});

describe('stopOrphanedServer', () => {
  it('stops a server a killed API left behind (SIGINT to the pid in postmaster.pid) and ignores a stale file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jobunivers-orphan-'));
    const orphan = spawn('sleep', ['60']);
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      orphan.once('exit', (_code, signal) => resolve(signal)),
    );
    writeFileSync(join(dir, 'postmaster.pid'), `${orphan.pid}\n${dir}\n`);
    const logs: string[] = [];
    expect(await stopOrphanedServer(dir, (m) => logs.push(m))).toBe(true);
    expect(await exited).toBe('SIGINT');
    expect(logs[0]).toContain(`pid ${orphan.pid}`);
    // Now the file names a process that is gone: nothing to do.
    expect(await stopOrphanedServer(dir, () => undefined)).toBe(false);
    expect(await stopOrphanedServer(join(dir, 'none'), () => undefined)).toBe(false);
  });
});
