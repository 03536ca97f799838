// The raw limit for the national-scale bench: node:http + pg and nothing else. For every captured
// request (`GET /<path-key>/<user-index>`) it runs exactly the statements the API ran for that user
// and path — same text, same parameters, same order, on one pooled connection — and answers the
// rows as JSON. What it leaves out is what the API adds: routing, session look-up and access rules
// (the authentication cost), validation, mapping to DTOs, the audit/problem layers, logging.
// Usage: node baseline-server.mjs <captured.json> <port> <database-url> <pool-size>
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import pg from 'pg';

const [file, port, url, poolSize] = process.argv.slice(2);
/** { [pathKey]: Array<Array<{ text, values }>> } — per path, per user, the statements in order. */
const captured = JSON.parse(readFileSync(file, 'utf8'));
const revive = (v) =>
  v && typeof v === 'object' && v.type === 'Buffer' && Array.isArray(v.data) ? Buffer.from(v.data) : v;
for (const users of Object.values(captured))
  for (const statements of users) for (const s of statements) s.values = s.values.map(revive);

const pool = new pg.Pool({ connectionString: url, max: Number(poolSize) });
pool.on('error', () => undefined); // idle connections closed by the server at the end of a run
const server = createServer(async (req, res) => {
  const [, key, index] = req.url.split('/');
  const statements = captured[key]?.[Number(index)];
  if (!statements) {
    res.writeHead(404).end();
    return;
  }
  const client = await pool.connect();
  try {
    const results = [];
    for (const s of statements) results.push((await client.query(s.text, s.values)).rows);
    const body = JSON.stringify(results);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
  } finally {
    client.release();
  }
});
server.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
