import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export interface KeyPair {
  key: string;
  cert: string;
}

/** A self-signed key pair kept in DATA_DIR (dev only), created on first use. */
export async function devKeyPair(dataDir: string, name: string, commonName: string): Promise<KeyPair> {
  const dir = join(dataDir, 'saml');
  const keyFile = join(dir, `${name}.key.pem`);
  const certFile = join(dir, `${name}.cert.pem`);
  if (existsSync(keyFile) && existsSync(certFile))
    return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    notAfterDate: new Date(Date.now() + 3650 * 86_400_000),
    keySize: 2048,
    algorithm: 'sha256',
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(keyFile, pems.private, { mode: 0o600 });
  writeFileSync(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert };
}

/** The certificate body (base64 DER) as it appears in metadata and signatures. */
export const certBody = (pem: string): string =>
  pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
