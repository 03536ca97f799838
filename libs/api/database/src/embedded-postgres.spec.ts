import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveClusterDir } from './embedded-postgres';

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
