import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/** Digits only: accepts "DDMMYYXXXX" and "DDMMYY-XXXX". Undefined when it is not that shape. */
export function normaliseCpr(input: string): string | undefined {
  const match = /^(\d{6})-?(\d{4})$/.exec(input.trim());
  return match ? match[1] + match[2] : undefined;
}

/** The century follows from the 7th digit and the year (CPR-kontoret's table). */
function fullYear(yy: number, seventh: number): number {
  if (seventh <= 3) return 1900 + yy;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

/** The birth date of a CPR number, or undefined when the date is impossible. (No modulus-11: dropped in 2007.) */
export function cprBirthDate(cpr: string): Date | undefined {
  const digits = normaliseCpr(cpr);
  if (!digits) return undefined;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = fullYear(Number(digits.slice(4, 6)), Number(digits[6]));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

export const isValidCpr = (cpr: string): boolean => cprBirthDate(cpr) !== undefined;

/** As staff see it until they reveal it: DDMMYY-xxxx. */
export const maskCpr = (cpr: string): string => `${normaliseCpr(cpr)!.slice(0, 6)}-xxxx`;

/**
 * CPR numbers at rest: AES-256-GCM (random 96-bit IV, 128-bit tag; stored as iv‖tag‖ciphertext)
 * plus a keyed HMAC-SHA256 for look-ups, so equality search never needs the plaintext.
 */
export class CprCipher {
  private readonly hmacKey: Buffer;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The data encryption key must be 32 bytes');
    this.hmacKey = createHmac('sha256', key).update('jobunivers:cpr-lookup').digest();
  }

  encrypt(cpr: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(normaliseCpr(cpr)!, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), data]);
  }

  decrypt(stored: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, stored.subarray(0, 12));
    decipher.setAuthTag(stored.subarray(12, 28));
    return Buffer.concat([decipher.update(stored.subarray(28)), decipher.final()]).toString('utf8');
  }

  lookupHash(cpr: string): Buffer {
    return createHmac('sha256', this.hmacKey).update(normaliseCpr(cpr)!).digest();
  }
}
