// The notifications bench's raw baseline, run as its own process (as the API is) so the push receiver in the
// bench process has the same CPU either way: every push encrypted by the API's own pool
// (PushEncryptionPool, `workers` threads), signed with one cached VAPID header and POSTed over kept-alive
// node:http connections, 48 at a time (the API's delivery concurrency) — no outbox, no database.
// Input: a JSON file (argv[2]) { workers, authorization, keys: { p256dh, auth }, endpoints: [...] }.
// Output: one JSON line { pushes, seconds, perSecond, cpuSeconds } (cpuSeconds: this process while sending, its workers included).
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { baselinePayload, PushEncryptionPool } from './push-encryption.mjs';

const { workers, authorization, keys, endpoints } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const pool = new PushEncryptionPool(workers);
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const post = (endpoint, headers, body) =>
  new Promise((resolve, reject) => {
    const r = request(endpoint, { method: 'POST', headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    r.on('error', reject);
    r.end(body);
  });

const started = Date.now();
const cpuAtStart = process.cpuUsage();
let next = 0;
await Promise.all(
  Array.from({ length: 48 }, async () => {
    while (next < endpoints.length) {
      const n = next++;
      const payload = baselinePayload(n);
      const body = await pool.encrypt({ ...keys, payload });
      const headers = {
        TTL: 3600,
        Urgency: 'normal',
        Authorization: authorization,
        'Content-Type': 'application/octet-stream',
        'Content-Encoding': 'aes128gcm',
        'Content-Length': body.length,
      };
      const status = await post(endpoints[n], headers, body);
      if (status !== 201) throw new Error(`baseline push ${status}`);
    }
  }),
);
const seconds = (Date.now() - started) / 1000;
await pool.close();
agent.destroy();
const cpu = process.cpuUsage(cpuAtStart);
console.log(
  JSON.stringify({
    pushes: endpoints.length,
    seconds,
    perSecond: endpoints.length / seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  }),
);
