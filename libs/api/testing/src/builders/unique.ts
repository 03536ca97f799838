import { randomInt } from 'node:crypto';

/**
 * Test builders: data that is valid and unique, made through the public API as a real caller would, so
 * no spec writes another module's tables. One generator for the whole suite: jest gives each test file
 * its own module registry, so each file starts the counter at a random point of a large range (files in
 * one worker share a database; two files' runs of a few hundred numbers practically never meet).
 */
let counter = randomInt(0, 2 ** 40);

/** A number never handed out before in this test file (and practically never in this run). */
export function unique(): number {
  return counter++;
}

const FIRST_BIRTHDAY = Date.UTC(1960, 0, 1);
/** Birthdays 1960–1999: adults of working age, the century told by a 7th digit of 0–3. */
const BIRTHDAYS = 14_610;
const SERIALS = 3_000;

/** A valid, unique CPR number (10 digits): a birthday 1960–1999 and a serial 1000–3999. */
export function newCpr(): string {
  const n = unique();
  const birthday = new Date(FIRST_BIRTHDAY + (n % BIRTHDAYS) * 86_400_000);
  const serial = 1000 + (Math.floor(n / BIRTHDAYS) % SERIALS);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(birthday.getUTCDate())}${two(birthday.getUTCMonth() + 1)}${two(birthday.getUTCFullYear() % 100)}${serial}`;
}

/**
 * A municipality code of a spec's own, 1000–9999: no real municipality has it (theirs run 0101–0860), so
 * nothing else on the worker's database counts there — for counts that must equal the rows a spec made.
 */
export function newMunicipalityCode(): string {
  return String(1000 + (unique() % 9000));
}
