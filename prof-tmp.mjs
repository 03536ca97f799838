// summarize a .cpuprofile: self time by package/file and by function
import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const dt = new Map();
const { nodes, samples, timeDeltas } = prof;
const byId = new Map(nodes.map((n) => [n.id, n]));
for (let i = 0; i < samples.length; i++) dt.set(samples[i], (dt.get(samples[i]) ?? 0) + timeDeltas[i]);
const total = [...dt.values()].reduce((a, b) => a + b, 0);
const byPkg = new Map(), byFn = new Map();
for (const [id, t] of dt) {
  const n = byId.get(id); const url = n.callFrame.url || '(native)';
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  const pkg = m ? m[1] : url.includes('dist/apps/api') ? 'app' : url.startsWith('node:') ? url : n.callFrame.functionName || '(program)';
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + t);
  const fn = `${n.callFrame.functionName || '(anon)'} ${url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t);
}
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([n, t]) => `${(100 * t / total).toFixed(1).padStart(5)}%  ${n}`).join('\n');
console.log(top(byPkg, 25)); console.log('---'); console.log(top(byFn, 35));
