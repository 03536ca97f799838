// Generates the typed API client's types from the committed OpenAPI document.
//   node tools/scripts/generate-api-client.mjs          write libs/shared/api-client/src/generated/schema.ts
//   node tools/scripts/generate-api-client.mjs --check  fail when the committed types are stale
// `npm run api:generate` first regenerates openapi.json from the API code, then runs this.
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = join(root, 'libs/shared/api-client/src/generated');
const spec = JSON.parse(readFileSync(join(dir, 'openapi.json'), 'utf8'));
const header =
  '/**\n * Generated from openapi.json by tools/scripts/generate-api-client.mjs — do not edit.\n * Regenerate with `npm run api:generate`.\n */\n\n';
const output = header + astToString(await openapiTS(spec, { alphabetize: true }));
const target = join(dir, 'schema.ts');

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    /* missing counts as stale */
  }
  if (committed !== output) {
    console.error('The generated API client is stale: run `npm run api:generate` and commit the result.');
    process.exit(1);
  }
  console.log('API client is up to date with openapi.json.');
} else {
  writeFileSync(target, output);
  console.log(`Wrote ${target}`);
}
