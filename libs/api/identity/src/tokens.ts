import { createHash, createHmac, randomBytes } from 'node:crypto';

/** A new random token (256 bits, URL-safe). */
export const newToken = (): string => randomBytes(32).toString('base64url');

/** What is stored instead of a token: its SHA-256. A database leak reveals no usable token. */
export const hashToken = (token: string): Buffer => createHash('sha256').update(token, 'utf8').digest();

/** The CSRF token of a session: an HMAC of its id, so it needs no storage and dies with the session. */
export const csrfTokenFor = (sessionId: string, secret: string): string =>
  createHmac('sha256', secret).update(`csrf:${sessionId}`).digest('base64url');
