import { createECDH, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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
    if (parsed.dataEncryptionKey && parsed.sessionSecret) {
      const upgraded = {
        dataEncryptionKey: parsed.dataEncryptionKey,
        sessionSecret: parsed.sessionSecret,
        ...vapidKeys(),
      };
      renameSync(writeTemp(file, dataDir, upgraded), file);
      return upgraded;
    }
  }
  return createOnce(file, dataDir, {
    dataEncryptionKey: randomBytes(32).toString('base64'),
    sessionSecret: randomBytes(48).toString('base64url'),
    ...vapidKeys(),
  });
}

/** The secrets, complete, in a file of their own beside `file` (mode 0600); answers its path. */
function writeTemp(file: string, dataDir: string, secrets: DevSecretsFile): string {
  mkdirSync(dataDir, { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  chmodSync(temp, 0o600);
  return temp;
}

/**
 * Several instances may start at once on an empty DATA_DIR: the file appears whole (a hard link of a
 * complete file, never a half-written one), and only the first instance's secrets become it — the others
 * read those, so every instance encrypts with the same key.
 */
function createOnce(file: string, dataDir: string, secrets: DevSecretsFile): DevSecretsFile {
  const temp = writeTemp(file, dataDir, secrets);
  try {
    linkSync(temp, file);
    return secrets;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(readFileSync(file, 'utf8')) as DevSecretsFile;
  } finally {
    rmSync(temp, { force: true });
  }
}
