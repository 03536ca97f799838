import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevSecretsFile {
  dataEncryptionKey: string;
  sessionSecret: string;
}

/**
 * Development secrets live in `DATA_DIR/secrets.json` (mode 0600), generated on first start so a
 * fresh clone runs without configuration and nothing secret is ever committed. Production passes
 * its secrets through the environment instead (see `loadConfig`).
 */
export function loadOrCreateDevSecrets(dataDir: string): DevSecretsFile {
  const file = join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevSecretsFile>;
    if (parsed.dataEncryptionKey && parsed.sessionSecret) return parsed as DevSecretsFile;
  }
  const secrets: DevSecretsFile = {
    dataEncryptionKey: randomBytes(32).toString('base64'),
    sessionSecret: randomBytes(48).toString('base64url'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}
