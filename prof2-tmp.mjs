import { readFileSync } from 'node:fs';
const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const target = process.argv[3];
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const hits = new Map();
for (const id of prof.samples) { const n = byId.get(id); if (n.callFrame.functionName === target) { let chain = []; let p = parent.get(n.id); for (let i = 0; p && i < 6; i++, p = parent.get(p.id)) chain.push(`${p.callFrame.functionName}@${p.callFrame.url.split('/').slice(-2).join('/')}:${p.callFrame.lineNumber}`); const k = chain.join(' < '); hits.set(k, (hits.get(k) ?? 0) + 1); } }
console.log([...hits].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([k, v]) => `${v} ${k}`).join('\n'));
