import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

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
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : undefined;
}

export const isValidCpr = (cpr: string): boolean => cprBirthDate(cpr) !== undefined;

/** As staff see it until they reveal it: DDMMYY-xxxx. */
export const maskCpr = (cpr: string): string => `${normaliseCpr(cpr)!.slice(0, 6)}-xxxx`;

/** One CPR master key: its id (written into every ciphertext) and 32 bytes. */
export interface CprKey {
  id: string;
  key: Buffer;
}

export interface CprKeyring {
  /** The key new ciphertexts and look-up values are made with. */
  currentKeyId: string;
  /** Every key that stays readable (the current one among them). */
  keys: readonly CprKey[];
  /** The key of the first format (no key id, no associated data, look-up HMAC derived from the key itself), if such rows may remain. */
  legacyKeyId?: string;
}

/** A ciphertext the configured keys cannot open: an unknown key id, a damaged value, or one bound to another citizen. */
export class CprDecryptError extends Error {
  override readonly name = 'CprDecryptError';
}

export const CPR_KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const VERSION_2 = 0x02;
/** The first format: iv(12)‖tag(16)‖ciphertext(10) — always 38 bytes, as a normalised CPR number is 10 digits. No v2 value is that short. */
const LEGACY_LENGTH = 38;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;

interface DerivedKey {
  id: string;
  encryption: Buffer;
  lookup: Buffer;
}

const hkdf = (key: Buffer, info: string) => Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), info, 32));

/**
 * CPR numbers at rest, with keys that can rotate.
 *
 * Ciphertext (bytea): `0x02 ‖ len(kid) ‖ kid ‖ iv(12) ‖ tag(16) ‖ AES-256-GCM(cpr)`. The encryption key is
 * HKDF-SHA256(master, info "jobunivers:cpr:encrypt:v2"); the associated data is the header and the citizen's
 * id, so a ciphertext copied to another row does not decrypt. The look-up value (deterministic, for equality
 * search) is HMAC-SHA256 under HKDF-SHA256(master, info "jobunivers:cpr:lookup:v2") — a key of its own.
 *
 * The first format (no key id, no associated data, look-up key = HMAC(key, "jobunivers:cpr-lookup")) still
 * decrypts with the legacy key, and its look-up value is among {@link lookupCandidates} until
 * `cpr:rotate-key` has rewritten every row.
 */
export class CprCipher {
  private readonly current: DerivedKey;
  private readonly byId = new Map<string, DerivedKey>();
  private readonly legacy?: { key: Buffer; lookup: Buffer };

  constructor(keyring: CprKeyring) {
    for (const { id, key } of keyring.keys) {
      if (!CPR_KEY_ID_PATTERN.test(id))
        throw new Error(`CPR key id "${id}" must be 1–32 characters of A–Z, a–z, 0–9, _ and -`);
      if (key.length !== 32) throw new Error(`CPR key "${id}" must be 32 bytes`);
      if (this.byId.has(id)) throw new Error(`CPR key id "${id}" is given twice`);
      this.byId.set(id, {
        id,
        encryption: hkdf(key, 'jobunivers:cpr:encrypt:v2'),
        lookup: hkdf(key, 'jobunivers:cpr:lookup:v2'),
      });
    }
    const current = this.byId.get(keyring.currentKeyId);
    if (!current) throw new Error(`The current CPR key id "${keyring.currentKeyId}" is not among the configured keys`);
    this.current = current;
    if (keyring.legacyKeyId !== undefined) {
      const legacy = keyring.keys.find((k) => k.id === keyring.legacyKeyId);
      if (!legacy) throw new Error(`The legacy CPR key id "${keyring.legacyKeyId}" is not among the configured keys`);
      this.legacy = {
        key: legacy.key,
        lookup: createHmac('sha256', legacy.key).update('jobunivers:cpr-lookup').digest(),
      };
    }
  }

  get currentKeyId(): string {
    return this.current.id;
  }

  /** Encrypts a CPR number for one citizen's row, under the current key. */
  encrypt(cpr: string, citizenId: string): Buffer {
    const header = this.header(this.current.id);
    const iv = randomBytes(IV_LENGTH);
    const cipher = createCipheriv('aes-256-gcm', this.current.encryption, iv);
    cipher.setAAD(this.associatedData(header, citizenId));
    const data = Buffer.concat([cipher.update(normaliseCpr(cpr)!, 'utf8'), cipher.final()]);
    return Buffer.concat([header, iv, cipher.getAuthTag(), data]);
  }

  /** The key id a stored value was made with; `undefined` for the legacy format. */
  keyIdOf(stored: Buffer): string | undefined {
    return this.parse(stored).keyId;
  }

  /** Decrypts a stored value of the citizen's row; throws {@link CprDecryptError} when it cannot be opened. */
  decrypt(stored: Buffer, citizenId: string): string {
    const parsed = this.parse(stored);
    try {
      if (parsed.keyId === undefined) {
        if (!this.legacy)
          throw new CprDecryptError(
            'The CPR value has the legacy format (no key id), and no legacy key is configured (DATA_ENCRYPTION_KEY)',
          );
        return this.open(
          this.legacy.key,
          stored.subarray(0, IV_LENGTH),
          stored.subarray(IV_LENGTH, IV_LENGTH + TAG_LENGTH),
          stored.subarray(IV_LENGTH + TAG_LENGTH),
        );
      }
      const key = this.byId.get(parsed.keyId);
      if (!key)
        throw new CprDecryptError(
          `The CPR value was encrypted with key id "${parsed.keyId}", which is not configured (CPR_KEYS)`,
        );
      const body = stored.subarray(parsed.headerLength);
      return this.open(
        key.encryption,
        body.subarray(0, IV_LENGTH),
        body.subarray(IV_LENGTH, IV_LENGTH + TAG_LENGTH),
        body.subarray(IV_LENGTH + TAG_LENGTH),
        this.associatedData(stored.subarray(0, parsed.headerLength), citizenId),
      );
    } catch (error) {
      if (error instanceof CprDecryptError) throw error;
      throw new CprDecryptError(
        `The CPR value of citizen ${citizenId} does not decrypt (damaged, or not this citizen's)`,
      );
    }
  }

  /** The look-up value under the current key (what new and rotated rows store). */
  lookupHash(cpr: string): Buffer {
    return createHmac('sha256', this.current.lookup).update(normaliseCpr(cpr)!).digest();
  }

  /**
   * Every look-up value a row of this CPR number may hold while a rotation is under way: one per configured
   * key, and the legacy derivation. Search with `cpr_hash = ANY(...)`; the current one comes first.
   */
  lookupCandidates(cpr: string): Buffer[] {
    const digits = normaliseCpr(cpr)!;
    const keys = [this.current, ...[...this.byId.values()].filter((k) => k !== this.current)];
    const values = keys.map((k) => createHmac('sha256', k.lookup).update(digits).digest());
    if (this.legacy) values.push(createHmac('sha256', this.legacy.lookup).update(digits).digest());
    return values;
  }

  private header(keyId: string): Buffer {
    const kid = Buffer.from(keyId, 'ascii');
    return Buffer.concat([Buffer.from([VERSION_2, kid.length]), kid]);
  }

  private associatedData(header: Buffer, citizenId: string): Buffer {
    return Buffer.concat([header, Buffer.from(`citizen:${citizenId.toLowerCase()}`, 'utf8')]);
  }

  private parse(stored: Buffer): { keyId?: string; headerLength: number } {
    if (stored.length === LEGACY_LENGTH) return { headerLength: 0 };
    const kidLength = stored[1];
    if (
      stored[0] !== VERSION_2 ||
      kidLength === undefined ||
      kidLength === 0 ||
      stored.length < 2 + kidLength + IV_LENGTH + TAG_LENGTH
    ) {
      throw new CprDecryptError(`The stored CPR value is not in a known format (${stored.length} bytes)`);
    }
    return { keyId: stored.subarray(2, 2 + kidLength).toString('ascii'), headerLength: 2 + kidLength };
  }

  private open(key: Buffer, iv: Buffer, tag: Buffer, data: Buffer, aad?: Buffer): string {
    const decipher = createDecipheriv('aes-256-gcm', key, iv);
    if (aad) decipher.setAAD(aad);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8');
  }
}
