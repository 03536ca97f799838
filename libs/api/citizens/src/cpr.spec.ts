import { randomBytes } from 'node:crypto';
import { cprBirthDate, CprCipher, isValidCpr, maskCpr, normaliseCpr } from './cpr';

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
  const cipher = new CprCipher(randomBytes(32));

  it('round-trips, with a fresh IV each time and no plaintext in the stored bytes', () => {
    const a = cipher.encrypt('010392-5678');
    const b = cipher.encrypt('0103925678');
    expect(a.equals(b)).toBe(false);
    expect(a.toString('latin1')).not.toContain('0103925678');
    expect(cipher.decrypt(a)).toBe('0103925678');
  });

  it('detects tampering (authenticated encryption)', () => {
    const stored = cipher.encrypt('0103925678');
    stored[stored.length - 1] ^= 1;
    expect(() => cipher.decrypt(stored)).toThrow();
  });

  it('gives a stable keyed look-up hash that depends on the key', () => {
    expect(cipher.lookupHash('010392-5678').equals(cipher.lookupHash('0103925678'))).toBe(true);
    expect(new CprCipher(randomBytes(32)).lookupHash('0103925678').equals(cipher.lookupHash('0103925678'))).toBe(false);
  });
});
