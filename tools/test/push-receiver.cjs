// A Web Push receiver for tests and benches: plays both the push service (RFC 8030: accepts POSTs
// at subscription endpoints, checks TTL and VAPID per RFC 8292) and the browser (holds the
// subscription's P-256 key pair and auth secret and decrypts each payload per RFC 8291/8188
// aes128gcm). What arrives is kept for assertions, counted by the payload's id (the idempotency key).
'use strict';
const { createECDH, createDecipheriv, createPublicKey, hkdfSync, randomBytes, verify } = require('node:crypto');
const { createServer } = require('node:http');

const b64u = (buf) => Buffer.from(buf).toString('base64url');

/** RFC 8291 §3.4 + RFC 8188: decrypt one aes128gcm message for the user agent's keys. */
function decryptAes128gcm(body, ecdh, authSecret) {
  const salt = body.subarray(0, 16);
  const rs = body.readUInt32BE(16);
  const idlen = body[20];
  const senderPublic = body.subarray(21, 21 + idlen);
  const records = body.subarray(21 + idlen);
  if (idlen !== 65) throw new Error(`keyid must be the sender's 65-byte public key, got ${idlen}`);
  if (records.length > rs) throw new Error('more than one record');
  const uaPublic = ecdh.getPublicKey();
  const ecdhSecret = ecdh.computeSecret(senderPublic);
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), uaPublic, senderPublic]);
  const ikm = Buffer.from(hkdfSync('sha256', ecdhSecret, authSecret, keyInfo, 32));
  const cek = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
  const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
  const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
  decipher.setAuthTag(records.subarray(records.length - 16));
  const padded = Buffer.concat([decipher.update(records.subarray(0, records.length - 16)), decipher.final()]);
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (padded[end] !== 2) throw new Error('last record must end with the 0x02 delimiter');
  return padded.subarray(0, end);
}

/** RFC 8292: `vapid t=<ES256 JWT>, k=<public key>`, signed for this origin and not expired. */
function checkVapid(header, audience) {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header ?? '');
  if (!match) return 'no vapid authorization';
  const [head, claims, signature] = match[1].split('.');
  const point = Buffer.from(match[2], 'base64url');
  const key = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: b64u(point.subarray(1, 33)), y: b64u(point.subarray(33, 65)) },
    format: 'jwk',
  });
  const ok = verify(
    'sha256',
    Buffer.from(`${head}.${claims}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!ok) return 'bad vapid signature';
  const payload = JSON.parse(Buffer.from(claims, 'base64url').toString('utf8'));
  if (payload.aud !== audience) return `vapid aud ${payload.aud} is not ${audience}`;
  if (!(payload.exp > Date.now() / 1000) || payload.exp > Date.now() / 1000 + 24 * 3600)
    return 'vapid exp out of range';
  if (!/^(mailto:|https:)/.test(payload.sub ?? '')) return 'vapid sub missing';
  return undefined;
}

class PushReceiver {
  constructor() {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.keepAliveTimeout = 30_000;
    this.subscriptions = new Map();
    /** Every accepted push: { subscriptionId, payload, ttl, urgency, topic, at } */
    this.received = [];
    /** Pushes refused (bad VAPID, undecryptable, …): { subscriptionId, reason } */
    this.rejected = [];
    this.listeners = new Set();
    this.port = 0;
    /** Authorization headers already verified (a VAPID JWT is reused for hours; verify it once). */
    this.verified = new Set();
  }

  async start() {
    await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = this.server.address().port;
    return this;
  }

  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A browser's subscription (what PushSubscription.toJSON() gives); `status` makes the endpoint answer e.g. 410. */
  subscribe(options = {}) {
    const id = randomBytes(12).toString('base64url');
    const ecdh = options.shareKeysWith ? this.subscriptions.get(options.shareKeysWith).ecdh : createECDH('prime256v1');
    if (!options.shareKeysWith) ecdh.generateKeys();
    const auth = options.shareKeysWith ? this.subscriptions.get(options.shareKeysWith).auth : randomBytes(16);
    this.subscriptions.set(id, { ecdh, auth, status: options.status ?? 201, retryAfter: options.retryAfter });
    return {
      id,
      json: {
        endpoint: `${this.origin}/push/${id}`,
        expirationTime: null,
        keys: { p256dh: b64u(ecdh.getPublicKey()), auth: b64u(auth) },
      },
    };
  }

  /** Change how an endpoint answers (201, 410, 429 …). */
  answer(id, status, retryAfter) {
    Object.assign(this.subscriptions.get(id), { status, retryAfter });
  }

  /** Distinct notification ids received (what a device would show: one per tag). */
  distinctIds() {
    return new Set(this.received.map((r) => r.payload.id));
  }

  /** Resolves when `predicate(received)` holds (checked on each arrival), or rejects after `ms`. */
  waitFor(predicate, ms = 15_000) {
    if (predicate(this.received)) return Promise.resolve(this.received);
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!predicate(this.received)) return;
        clearTimeout(timer);
        this.listeners.delete(check);
        resolve(this.received);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(
          new Error(
            `push receiver: condition not met within ${ms} ms (${this.received.length} received, ${this.rejected.length} rejected: ${JSON.stringify(this.rejected.slice(0, 3))})`,
          ),
        );
      }, ms);
      this.listeners.add(check);
    });
  }

  handle(req, res) {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const id = /^\/push\/([A-Za-z0-9_-]+)$/.exec(req.url ?? '')?.[1];
      const sub = id && this.subscriptions.get(id);
      if (req.method !== 'POST' || !sub) {
        res.writeHead(404).end();
        return;
      }
      if (sub.status !== 201) {
        res.writeHead(sub.status, sub.retryAfter ? { 'retry-after': String(sub.retryAfter) } : {}).end();
        return;
      }
      const reject = (reason) => {
        this.rejected.push({ subscriptionId: id, reason });
        res.writeHead(400).end(reason);
      };
      const ttl = Number(req.headers.ttl);
      if (!Number.isInteger(ttl) || ttl < 0) return reject('TTL header missing');
      if (req.headers['content-encoding'] !== 'aes128gcm')
        return reject(`content-encoding ${req.headers['content-encoding']}`);
      if (!this.verified.has(req.headers.authorization)) {
        const vapidProblem = checkVapid(req.headers.authorization, this.origin);
        if (vapidProblem) return reject(vapidProblem);
        this.verified.add(req.headers.authorization);
      }
      const body = Buffer.concat(chunks);
      if (body.length > 4096) return reject('payload larger than 4096 bytes');
      let payload;
      try {
        payload = JSON.parse(decryptAes128gcm(body, sub.ecdh, sub.auth).toString('utf8'));
      } catch (error) {
        return reject(`cannot decrypt: ${error.message}`);
      }
      this.received.push({
        subscriptionId: id,
        payload,
        size: body.length,
        ttl,
        urgency: req.headers.urgency,
        topic: req.headers.topic,
        at: Date.now(),
      });
      res.writeHead(201, { location: `${this.origin}/message/${this.received.length}` }).end();
      for (const listener of [...this.listeners]) listener();
    });
  }

  async stop() {
    this.server.closeAllConnections?.();
    await new Promise((resolve) => this.server.close(() => resolve()));
  }
}

module.exports = { PushReceiver, decryptAes128gcm };
