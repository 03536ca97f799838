import * as nodeCrypto from 'node:crypto';
import { Worker } from 'node:worker_threads';

/**
 * RFC 8291 message encryption for Web Push (aes128gcm, RFC 8188, one record): a fresh P-256 key pair per message,
 * ECDH with the subscription's `p256dh`, HKDF with its `auth` secret, AES-128-GCM. Returns the request body
 * (salt ‖ rs ‖ idlen ‖ the sender's public key ‖ ciphertext ‖ tag).
 *
 * Self-contained on purpose: it is also the source text of each pool worker, so it may use nothing but its
 * arguments and globals (the crypto module comes in as a parameter).
 */
export function encryptAes128gcm(
  crypto: typeof nodeCrypto,
  p256dh: string,
  authSecret: string,
  payload: string,
): Uint8Array {
  const uaPublic = Buffer.from(p256dh, 'base64url');
  const auth = Buffer.from(authSecret, 'base64url');
  if (uaPublic.length !== 65 || uaPublic[0] !== 4)
    throw new Error('the subscription p256dh value must be an uncompressed P-256 point (65 bytes)');
  if (auth.length < 16) throw new Error('the subscription auth secret must be at least 16 bytes');
  const plaintext = Buffer.from(payload, 'utf8');
  const recordSize = 4096;
  // One record: the payload, the 0x02 delimiter and the 16-byte tag must fit.
  if (plaintext.length + 17 > recordSize)
    throw new Error(`payload of ${plaintext.length} bytes is too large for a push`);
  const ecdh = crypto.createECDH('prime256v1');
  const asPublic = ecdh.generateKeys();
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0', 'latin1'), uaPublic, asPublic]);
  const ikm = Buffer.from(crypto.hkdfSync('sha256', ecdh.computeSecret(uaPublic), auth, keyInfo, 32));
  const salt = crypto.randomBytes(16);
  const cek = crypto.hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0', 'latin1'), 16);
  const nonce = crypto.hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0', 'latin1'), 12);
  const cipher = crypto.createCipheriv('aes-128-gcm', Buffer.from(cek), Buffer.from(nonce));
  const header = Buffer.alloc(21);
  salt.copy(header, 0);
  header.writeUInt32BE(recordSize, 16);
  header[20] = asPublic.length;
  return Buffer.concat([
    header,
    asPublic,
    cipher.update(plaintext),
    cipher.update(Buffer.from([2])),
    cipher.final(),
    cipher.getAuthTag(),
  ]);
}

/** One push to encrypt: the subscription's keys (base64url) and the JSON payload. */
export interface PushEncryptionJob {
  p256dh: string;
  auth: string;
  payload: string;
}

type Result = { id: number; body: Uint8Array } | { id: number; error: string };

// Jobs arrive in batches (one message per batch); each answer says which job it is. An uncaught error ends the worker.
const WORKER_SOURCE = `'use strict';
const { parentPort } = require('node:worker_threads');
const crypto = require('node:crypto');
const encrypt = ${encryptAes128gcm.toString()};
parentPort.on('message', (jobs) => {
  parentPort.postMessage(
    jobs.map((job) => {
      try {
        // A copy with a buffer of its own: a view into Buffer's shared pool would clone the whole pool.
        return { id: job.id, body: new Uint8Array(encrypt(crypto, job.p256dh, job.auth, job.payload)) };
      } catch (error) {
        return { id: job.id, error: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
});
`;

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (body: Buffer) => void; reject: (error: Error) => void }>;
  outbox: Array<PushEncryptionJob & { id: number }>;
}

/**
 * A pool of `worker_threads` doing the CPU part of Web Push (RFC 8291 encryption), so the main thread keeps only
 * the sending and the outbox's bookkeeping. Workers start on first use and are replaced when one dies: the jobs it
 * held fail (the outbox retries their deliveries), nothing is encrypted twice. {@link close} lets the jobs in flight
 * finish, then ends the workers. Size 0 encrypts on the calling thread.
 */
export class PushEncryptionPool {
  private readonly slots: Array<Slot | undefined>;
  private readonly inFlight = new Set<Promise<unknown>>();
  private nextId = 0;
  private closing?: Promise<void>;

  constructor(readonly size: number) {
    this.slots = Array.from({ length: size }, () => undefined);
  }

  /** The request body for this push, or a rejection (bad keys, a worker that died, the pool closing). */
  encrypt(job: PushEncryptionJob): Promise<Buffer> {
    if (this.closing) return Promise.reject(new Error('push encryption is shutting down'));
    if (this.size === 0) {
      try {
        return Promise.resolve(Buffer.from(encryptAes128gcm(nodeCrypto, job.p256dh, job.auth, job.payload)));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    const slot = this.leastBusy();
    const id = ++this.nextId;
    const promise = new Promise<Buffer>((resolve, reject) => {
      if (slot.pending.size === 0) slot.worker.ref();
      slot.pending.set(id, { resolve, reject });
      slot.outbox.push({ id, p256dh: job.p256dh, auth: job.auth, payload: job.payload });
      // Everything asked for in this turn of the event loop (e.g. after a burst of push service answers) goes to
      // the worker as one message: each message wakes a thread, which is what costs on a busy machine.
      if (slot.outbox.length === 1) setImmediate(() => this.flush(slot));
    });
    const tracked = promise.catch(() => undefined).finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
    return promise;
  }

  /** Waits for the jobs in flight, then ends the workers; later jobs are refused. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      await Promise.allSettled([...this.inFlight]);
      await Promise.all(this.slots.map((slot) => slot?.worker.terminate()));
      this.slots.fill(undefined);
    })();
    return this.closing;
  }

  private leastBusy(): Slot {
    let best: Slot | undefined;
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i];
      if (!slot) return (this.slots[i] = this.spawn(i));
      if (!best || slot.pending.size < best.pending.size) best = slot;
    }
    if (!best) throw new Error('push encryption pool without workers');
    return best;
  }

  private flush(slot: Slot): void {
    const jobs = slot.outbox.splice(0);
    if (jobs.length && this.slots.includes(slot)) slot.worker.postMessage(jobs);
  }

  private spawn(index: number): Slot {
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.unref();
    const slot: Slot = { worker, pending: new Map(), outbox: [] };
    let failure: Error | undefined;
    worker.on('message', (results: Result[]) => {
      for (const result of results) {
        const job = slot.pending.get(result.id);
        if (!job) continue;
        slot.pending.delete(result.id);
        if ('body' in result)
          job.resolve(Buffer.from(result.body.buffer, result.body.byteOffset, result.body.byteLength));
        else job.reject(new Error(result.error));
      }
      if (slot.pending.size === 0) worker.unref();
    });
    worker.on('error', (error) => (failure = error));
    worker.on('exit', (code) => {
      if (this.slots[index] === slot) this.slots[index] = undefined;
      const reason = new Error(
        `push encryption worker exited (code ${code}${failure ? `: ${failure.message}` : ''}) before encrypting`,
      );
      for (const job of slot.pending.values()) job.reject(reason);
      slot.pending.clear();
      slot.outbox.length = 0;
    });
    return slot;
  }
}
