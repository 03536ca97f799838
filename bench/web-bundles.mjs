// Web bundle weight (on demand: `npm run bench:web`; builds both SPAs first unless BENCH_NO_BUILD=1).
// The JS a browser loads for the first route: the entry script of the built index.html plus every
// <link rel="modulepreload"> beside it, each gzipped at level 9 (zlib), summed. Lazy route chunks are
// not counted — they load when their route is opened. Targets (issue 24): citizen ≤ 120 KB gzip,
// staff ≤ 170 KB gzip. Prints a table and writes bench/results/web-bundles.json.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const APPS = [
  { name: 'citizen-web', targetKb: 120 },
  { name: 'staff-web', targetKb: 170 },
];

if (process.env.BENCH_NO_BUILD !== '1') {
  execSync(`npx nx run-many -t build -p ${APPS.map((a) => a.name).join(' ')} --output-style=static`, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  });
}

const kb = (bytes) => Math.round((bytes / 1024) * 10) / 10;
const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The scripts index.html makes the browser fetch before the first route renders. */
export function firstLoadScripts(html) {
  const srcs = [];
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    if (/type=["']module["']/.test(tag)) srcs.push(tag.match(/src=["']([^"']+)["']/)?.[1]);
  }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    if (/rel=["']modulepreload["']/.test(tag)) srcs.push(tag.match(/href=["']([^"']+)["']/)?.[1]);
  }
  return [...new Set(srcs.filter(Boolean))];
}

const results = {};
let failed = false;
for (const app of APPS) {
  const dist = join(root, 'dist/apps', app.name);
  const indexHtml = join(dist, 'index.html');
  if (!existsSync(indexHtml)) throw new Error(`${indexHtml} is missing: build ${app.name} first`);
  const scripts = firstLoadScripts(readFileSync(indexHtml, 'utf8'));
  const files = scripts.map((src) => ({ src, gzip: gzipped(join(dist, src.replace(/^\//, ''))) }));
  const firstLoad = files.reduce((sum, f) => sum + f.gzip, 0);
  const allJs = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const total = allJs.reduce((sum, f) => sum + gzipped(join(dist, 'assets', f)), 0);
  const ok = kb(firstLoad) <= app.targetKb;
  failed ||= !ok;
  results[app.name] = {
    firstLoadKbGzip: kb(firstLoad),
    targetKbGzip: app.targetKb,
    ok,
    files: files.map((f) => ({ src: f.src, kbGzip: kb(f.gzip) })),
    chunks: allJs.length,
    allJsKbGzip: kb(total),
  };
}

console.log('\napp           first-load JS (gzip -9)   target     chunks   all JS (gzip -9)');
for (const [name, r] of Object.entries(results)) {
  console.log(
    `${name.padEnd(13)} ${`${r.firstLoadKbGzip} KB`.padStart(12)} (${r.files.length} files)  ${`≤ ${r.targetKbGzip} KB`.padStart(9)} ${r.ok ? 'ok ' : 'OVER'} ${String(r.chunks).padStart(6)}   ${`${r.allJsKbGzip} KB`.padStart(10)}`,
  );
}
const file = join(root, 'bench/results/web-bundles.json');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), ...results }, null, 2) + '\n');
console.log(`\nwritten to ${file}`);
if (failed) process.exitCode = 1;
