import { createECDH, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DevSecretsFile {
  dataEncryptionKey: string;
  sessionSecret: string;
  /** Web Push application server keys (VAPID, P-256), base64url. */
  vapidPublicKey: string;
  vapidPrivateKey: string;
}

function vapidKeys(): { vapidPublicKey: string; vapidPrivateKey: string } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const key = ecdh.getPrivateKey();
  return {
    vapidPublicKey: ecdh.getPublicKey('base64url'),
    vapidPrivateKey: Buffer.concat([Buffer.alloc(32 - key.length), key]).toString('base64url'),
  };
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
    if (parsed.dataEncryptionKey && parsed.sessionSecret && parsed.vapidPublicKey && parsed.vapidPrivateKey)
      return parsed as DevSecretsFile;
    // Older files lack later secrets: keep what is there (encrypted data depends on it), add the rest.
    if (parsed.dataEncryptionKey && parsed.sessionSecret)
      return write(file, dataDir, {
        dataEncryptionKey: parsed.dataEncryptionKey,
        sessionSecret: parsed.sessionSecret,
        ...vapidKeys(),
      });
  }
  return write(file, dataDir, {
    dataEncryptionKey: randomBytes(32).toString('base64'),
    sessionSecret: randomBytes(48).toString('base64url'),
    ...vapidKeys(),
  });
}

function write(file: string, dataDir: string, secrets: DevSecretsFile): DevSecretsFile {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  chmodSync(file, 0o600);
  return secrets;
}
