import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateDevSecrets } from './dev-secrets';

describe('development secrets (DATA_DIR/secrets.json)', () => {
  const dir = () => mkdtempSync(join(tmpdir(), 'jobunivers-secrets-'));

  it('are made once: a second start reads the same ones, the file is 0600 and no temporary file is left', () => {
    const dataDir = dir();
    const first = loadOrCreateDevSecrets(dataDir);
    expect(first.dataEncryptionKey).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    expect(loadOrCreateDevSecrets(dataDir)).toEqual(first);
    expect(JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8'))).toEqual(first);
    expect(statSync(join(dataDir, 'secrets.json')).mode & 0o777).toBe(0o600);
    expect(readdirSync(dataDir)).toEqual(['secrets.json']);
  });

  it('an older file keeps its keys (encrypted data depends on them) and gains the missing ones', () => {
    const dataDir = dir();
    writeFileSync(
      join(dataDir, 'secrets.json'),
      JSON.stringify({ dataEncryptionKey: 'a'.repeat(44), sessionSecret: 's' }),
    );
    const upgraded = loadOrCreateDevSecrets(dataDir);
    expect(upgraded).toMatchObject({ dataEncryptionKey: 'a'.repeat(44), sessionSecret: 's' });
    expect(upgraded.vapidPublicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(loadOrCreateDevSecrets(dataDir)).toEqual(upgraded);
    expect(readdirSync(dataDir)).toEqual(['secrets.json']);
  });
});
