import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Compares a secret someone sent with the one expected in constant time: both are hashed (SHA-256)
 * first, so neither the position of the first difference nor the expected length shows in the time
 * taken. Every comparison of a secret (bearer tokens, CSRF tokens, one-time ids) goes through here;
 * `===` / `!==` on secrets leak them byte by byte.
 */
export function constantTimeEqual(given: string | undefined | null, expected: string): boolean {
  return timingSafeEqual(digest(given ?? ''), digest(expected)) && typeof given === 'string';
}
