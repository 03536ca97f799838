import { createECDH, type ECDH, randomBytes } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { decryptPush } from '@jobunivers/api/testing';
import { PushEncryptionPool } from './push-encryption';

/** A browser's subscription: its P-256 key pair and auth secret, and the keys as the server stores them. */
const browser = () => {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return { ecdh, auth, keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') } };
};
const decrypt = (body: Buffer, ua: { ecdh: ECDH; auth: Buffer }) =>
  decryptPush(body, ua.ecdh, ua.auth).toString('utf8');
/** The pool's workers (private): the crash tests end one from outside. */
const workersOf = (pool: PushEncryptionPool) =>
  (pool as unknown as { slots: Array<{ worker: Worker } | undefined> }).slots.flatMap((s) => (s ? [s.worker] : []));

describe('push encryption (RFC 8291) in a worker_threads pool', () => {
  const pools: PushEncryptionPool[] = [];
  const pool = (size: number) => {
    const p = new PushEncryptionPool(size);
    pools.push(p);
    return p;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.close()));
  });

  it.each([0, 1, 2])('with %i workers: each push decrypts for its browser, aes128gcm in one record', async (size) => {
    const ua = browser();
    const other = browser();
    const encryption = pool(size);
    const payloads = Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: `n-${i}`, body: 'Ændret møde ✓' }));
    const bodies = await Promise.all(payloads.map((payload) => encryption.encrypt({ ...ua.keys, payload })));
    expect(bodies.map((b) => decrypt(b, ua))).toEqual(payloads);
    const body = bodies[0];
    expect(body.readUInt32BE(16)).toBe(4096); // record size
    expect(body[20]).toBe(65); // keyid: the sender's public key
    expect(body.length).toBe(21 + 65 + Buffer.byteLength(payloads[0]) + 1 + 16);
    // A fresh sender key and salt per push; another browser's keys cannot read it.
    expect(new Set(bodies.map((b) => b.subarray(0, 86).toString('hex'))).size).toBe(20);
    expect(() => decrypt(body, other)).toThrow();
  });

  it('refuses bad subscription keys and too large payloads, and keeps working', async () => {
    const ua = browser();
    const encryption = pool(1);
    await expect(encryption.encrypt({ ...ua.keys, p256dh: 'AAAA', payload: '{}' })).rejects.toThrow(
      'the subscription p256dh value must be an uncompressed P-256 point (65 bytes)',
    );
    await expect(encryption.encrypt({ ...ua.keys, auth: 'AAAA', payload: '{}' })).rejects.toThrow(
      'the subscription auth secret must be at least 16 bytes',
    );
    await expect(encryption.encrypt({ ...ua.keys, payload: 'x'.repeat(4080) })).rejects.toThrow(
      'payload of 4080 bytes is too large for a push',
    );
    expect(decrypt(await encryption.encrypt({ ...ua.keys, payload: '{"ok":true}' }), ua)).toBe('{"ok":true}');
  });

  it('a worker that dies fails the jobs it held (once), and a new worker takes the next ones', async () => {
    const ua = browser();
    const encryption = pool(1);
    await encryption.encrypt({ ...ua.keys, payload: 'warm-up' });
    const [worker] = workersOf(encryption);
    // Messages are handled in order: a message the worker cannot handle ends it before it reaches the jobs.
    worker.postMessage(null);
    const settled = await Promise.allSettled(
      ['a', 'b', 'c'].map((payload) => encryption.encrypt({ ...ua.keys, payload })),
    );
    expect(settled.map((s) => s.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect((settled[0] as PromiseRejectedResult).reason.message).toMatch(
      /^push encryption worker exited \(code 1: .+\) before encrypting$/,
    );
    expect(decrypt(await encryption.encrypt({ ...ua.keys, payload: 'after' }), ua)).toBe('after');
    expect(workersOf(encryption)).toHaveLength(1);
    expect(workersOf(encryption)[0]).not.toBe(worker);
  });

  it('close() lets the jobs in flight finish, then refuses new ones and ends the workers', async () => {
    const ua = browser();
    const encryption = pool(2);
    const inFlight = Array.from({ length: 10 }, (_, i) => encryption.encrypt({ ...ua.keys, payload: `p${i}` }));
    const workers = workersOf(encryption);
    expect(workers).toHaveLength(2);
    const exited = workers.map((w) => new Promise((resolve) => w.once('exit', resolve)));
    await encryption.close();
    expect((await Promise.all(inFlight)).map((b) => decrypt(b, ua))).toEqual(inFlight.map((_, i) => `p${i}`));
    await Promise.all(exited);
    await expect(encryption.encrypt({ ...ua.keys, payload: 'late' })).rejects.toThrow(
      'push encryption is shutting down',
    );
  });
});
