// The API's push encryption pool (libs/api/notifications/src/push-encryption.ts), loaded here so the
// notifications bench's raw baseline encrypts with the very same code and the same number of workers.
// The file imports only node built-ins: it is transpiled on the fly (TypeScript's transpileModule) and required.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { root } from './harness.mjs';

const source = readFileSync(join(root, 'libs/api/notifications/src/push-encryption.ts'), 'utf8');
const { outputText } = ts.transpileModule(source, {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
});
const file = join(mkdtempSync(join(tmpdir(), 'jobunivers-push-')), 'push-encryption.cjs');
writeFileSync(file, outputText);

/** `{ PushEncryptionPool, encryptAes128gcm }` as the API has them. */
export const { PushEncryptionPool, encryptAes128gcm } = createRequire(import.meta.url)(file);

/** The payload of the baselines' push number `n` (the shape the API sends). */
export const baselinePayload = (n) =>
  JSON.stringify({
    id: `baseline-${n}`,
    title: 'Jobunivers',
    body: 'Du har en ny besked.',
    url: '/notifikationer',
    tag: `baseline-${n}`,
  });
