import { createCipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { cprBirthDate, CprCipher, CprDecryptError, isValidCpr, maskCpr, normaliseCpr } from './cpr';

describe('CPR numbers', () => {
  it('accepts 10 digits with or without the hyphen', () => {
    expect(normaliseCpr('010392-5678')).toBe('0103925678');
    expect(normaliseCpr('0103925678')).toBe('0103925678');
    expect(normaliseCpr('01039-25678')).toBeUndefined();
    expect(normaliseCpr('010392567')).toBeUndefined();
    expect(normaliseCpr('01039256781')).toBeUndefined();
  });

  it('derives the century from the 7th digit', () => {
    expect(cprBirthDate('0103921234')?.toISOString().slice(0, 10)).toBe('1992-03-01');
    expect(cprBirthDate('0103054234')?.toISOString().slice(0, 10)).toBe('2005-03-01');
    expect(cprBirthDate('0103925234')?.toISOString().slice(0, 10)).toBe('1892-03-01');
    expect(cprBirthDate('0103105234')?.toISOString().slice(0, 10)).toBe('2010-03-01');
  });

  it('refuses impossible dates, including 29 February outside leap years', () => {
    expect(isValidCpr('3102901234')).toBe(false);
    expect(isValidCpr('2902011234')).toBe(false);
    expect(isValidCpr('2902001234')).toBe(false); // 1900 was not a leap year
    expect(isValidCpr('2902961234')).toBe(true);
    expect(isValidCpr('2902004234')).toBe(true);
    expect(isValidCpr('0013901234')).toBe(false);
  });

  it('masks as DDMMYY-xxxx', () => {
    expect(maskCpr('0103925678')).toBe('010392-xxxx');
  });
});

describe('CprCipher', () => {
  const A = 'a1a1a1a1-0000-4000-8000-000000000001';
  const B = 'b2b2b2b2-0000-4000-8000-000000000002';
  const k1 = randomBytes(32);
  const k2 = randomBytes(32);
  const cipher = new CprCipher({ currentKeyId: 'k1', keys: [{ id: 'k1', key: k1 }] });
  /** A value of the first format: iv‖tag‖ciphertext under the raw key, no associated data. */
  const legacyEncrypt = (key: Buffer, cpr: string) => {
    const iv = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', key, iv);
    const data = Buffer.concat([c.update(cpr, 'utf8'), c.final()]);
    return Buffer.concat([iv, c.getAuthTag(), data]);
  };
  const legacyLookup = (key: Buffer, cpr: string) =>
    createHmac('sha256', createHmac('sha256', key).update('jobunivers:cpr-lookup').digest()).update(cpr).digest();

  it('round-trips, with a fresh IV each time and no plaintext in the stored bytes', () => {
    const a = cipher.encrypt('010392-5678', A);
    const b = cipher.encrypt('0103925678', A);
    expect(a.equals(b)).toBe(false);
    expect(a.toString('latin1')).not.toContain('0103925678');
    expect(cipher.decrypt(a, A)).toBe('0103925678');
  });

  it('writes the versioned format with the key id: 0x02, length, key id, iv, tag, ciphertext', () => {
    const stored = cipher.encrypt('0103925678', A);
    expect(stored[0]).toBe(0x02);
    expect(stored[1]).toBe(2);
    expect(stored.subarray(2, 4).toString('ascii')).toBe('k1');
    expect(stored).toHaveLength(2 + 2 + 12 + 16 + 10);
    expect(cipher.keyIdOf(stored)).toBe('k1');
  });

  it("binds the ciphertext to its citizen: citizen A's value does not decrypt as citizen B's", () => {
    const ofA = cipher.encrypt('0103925678', A);
    expect(() => cipher.decrypt(ofA, B)).toThrow(CprDecryptError);
    expect(cipher.decrypt(ofA, A)).toBe('0103925678');
  });

  it('detects tampering, including a swapped key id', () => {
    const stored = cipher.encrypt('0103925678', A);
    stored[stored.length - 1] ^= 1;
    expect(() => cipher.decrypt(stored, A)).toThrow(CprDecryptError);
    const both = new CprCipher({
      currentKeyId: 'k1',
      keys: [
        { id: 'k1', key: k1 },
        { id: 'k2', key: k2 },
      ],
    });
    const swapped = both.encrypt('0103925678', A);
    swapped.write('k2', 2, 'ascii');
    expect(() => both.decrypt(swapped, A)).toThrow(CprDecryptError);
  });

  it('refuses a value under an unknown key id with a clear error', () => {
    const other = new CprCipher({ currentKeyId: 'k9', keys: [{ id: 'k9', key: k2 }] });
    expect(() => cipher.decrypt(other.encrypt('0103925678', A), A)).toThrow(
      'The CPR value was encrypted with key id "k9", which is not configured (CPR_KEYS)',
    );
  });

  it('decrypts the legacy format (no key id, no associated data) with the legacy key, and only then', () => {
    const legacy = legacyEncrypt(k1, '0103925678');
    const withLegacy = new CprCipher({
      currentKeyId: 'k2',
      keys: [
        { id: 'k1', key: k1 },
        { id: 'k2', key: k2 },
      ],
      legacyKeyId: 'k1',
    });
    expect(withLegacy.keyIdOf(legacy)).toBeUndefined();
    expect(withLegacy.decrypt(legacy, A)).toBe('0103925678');
    expect(() => cipher.decrypt(legacy, A)).toThrow(/legacy format/);
  });

  it('keeps reading values of older keys and writes under the current one', () => {
    const before = new CprCipher({ currentKeyId: 'k1', keys: [{ id: 'k1', key: k1 }] });
    const after = new CprCipher({
      currentKeyId: 'k2',
      keys: [
        { id: 'k1', key: k1 },
        { id: 'k2', key: k2 },
      ],
    });
    const old = before.encrypt('0103925678', A);
    expect(after.decrypt(old, A)).toBe('0103925678');
    expect(after.keyIdOf(after.encrypt('0103925678', A))).toBe('k2');
  });

  it('gives a stable look-up value, derived apart from the encryption key and from the legacy derivation', () => {
    expect(cipher.lookupHash('010392-5678').equals(cipher.lookupHash('0103925678'))).toBe(true);
    expect(
      new CprCipher({ currentKeyId: 'k1', keys: [{ id: 'k1', key: k1 }] })
        .lookupHash('0103925678')
        .equals(cipher.lookupHash('0103925678')),
    ).toBe(true);
    expect(
      new CprCipher({ currentKeyId: 'x', keys: [{ id: 'x', key: k2 }] })
        .lookupHash('0103925678')
        .equals(cipher.lookupHash('0103925678')),
    ).toBe(false);
    // HMAC-SHA256 under HKDF-SHA256(master, info "jobunivers:cpr:lookup:v2"): pinned, so a change of derivation is seen.
    const lookupKey = Buffer.from(hkdfSync('sha256', k1, Buffer.alloc(0), 'jobunivers:cpr:lookup:v2', 32));
    expect(cipher.lookupHash('0103925678').equals(createHmac('sha256', lookupKey).update('0103925678').digest())).toBe(
      true,
    );
    expect(cipher.lookupHash('0103925678').equals(legacyLookup(k1, '0103925678'))).toBe(false);
  });

  it('searches by the current look-up value first, then those of the other keys and the legacy one', () => {
    const both = new CprCipher({
      currentKeyId: 'k2',
      keys: [
        { id: 'k1', key: k1 },
        { id: 'k2', key: k2 },
      ],
      legacyKeyId: 'k1',
    });
    const candidates = both.lookupCandidates('010392-5678');
    expect(candidates).toHaveLength(3);
    expect(candidates[0].equals(both.lookupHash('0103925678'))).toBe(true);
    expect(candidates[1].equals(cipher.lookupHash('0103925678'))).toBe(true);
    expect(candidates[2].equals(legacyLookup(k1, '0103925678'))).toBe(true);
  });

  it('refuses a keyring it cannot use', () => {
    expect(() => new CprCipher({ currentKeyId: 'k2', keys: [{ id: 'k1', key: k1 }] })).toThrow(
      'The current CPR key id "k2" is not among the configured keys',
    );
    expect(() => new CprCipher({ currentKeyId: 'k1', keys: [{ id: 'k1', key: randomBytes(16) }] })).toThrow(
      'CPR key "k1" must be 32 bytes',
    );
    expect(
      () =>
        new CprCipher({
          currentKeyId: 'k1',
          keys: [
            { id: 'k1', key: k1 },
            { id: 'k1', key: k2 },
          ],
        }),
    ).toThrow('CPR key id "k1" is given twice');
  });
});
