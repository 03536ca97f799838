import type { ECDH } from 'node:crypto';
import { resolve } from 'node:path';
// The receiver is plain CommonJS (tools/test/push-receiver.cjs) so the .mjs benches use it too.

export interface PushArrival {
  subscriptionId: string;
  payload: { id: string; title: string; body: string; url: string; tag: string };
  size: number;
  ttl: number;
  urgency?: string;
  topic?: string;
  at: number;
}

export interface PushSubscriptionJson {
  endpoint: string;
  expirationTime: null;
  keys: { p256dh: string; auth: string };
}

/** A local Web Push service + browser: receives, checks VAPID, decrypts (RFC 8291) and records pushes. */
export interface PushReceiver {
  readonly received: PushArrival[];
  readonly rejected: Array<{ subscriptionId: string; reason: string }>;
  readonly origin: string;
  start(): Promise<PushReceiver>;
  subscribe(options?: { status?: number; retryAfter?: number; shareKeysWith?: string }): {
    id: string;
    json: PushSubscriptionJson;
  };
  answer(id: string, status: number, retryAfter?: number): void;
  distinctIds(): Set<string>;
  waitFor(predicate: (received: PushArrival[]) => boolean, ms?: number): Promise<PushArrival[]>;
  stop(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const impl = require(resolve(__dirname, '../../../../tools/test/push-receiver.cjs')) as {
  PushReceiver: new () => PushReceiver;
  decryptAes128gcm: (body: Buffer, ecdh: ECDH, authSecret: Buffer) => Buffer;
};

export const startPushReceiver = (): Promise<PushReceiver> => new impl.PushReceiver().start();

/** The receiver's RFC 8291 decryption (what a browser does): the plaintext of an aes128gcm push body. */
export const decryptPush = (body: Buffer, ecdh: ECDH, authSecret: Buffer): Buffer =>
  impl.decryptAes128gcm(body, ecdh, authSecret);
