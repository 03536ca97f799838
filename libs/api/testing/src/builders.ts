import { addDays, todayInCopenhagen } from '@jobunivers/api/time';
import { randomInt } from 'node:crypto';
import type { SignedInBrowsers } from './signed-in-browsers';

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

/** The body of `POST /api/v1/citizens`: a cash-benefit citizen in Aarhus (8000), unemployed for two weeks. */
export interface CitizenRegistration {
  cpr: string;
  firstName: string;
  lastName: string;
  email?: string;
  phone?: string;
  postalCode: string;
  benefitType: string;
  unemployedSince: string;
  [field: string]: unknown;
}

export function citizenRegistration(overrides: Partial<CitizenRegistration> = {}): CitizenRegistration {
  const n = unique();
  return {
    cpr: newCpr(),
    firstName: 'Test',
    lastName: `Borger ${n}`,
    email: `borger${n}@example.dk`,
    phone: '+4520202020',
    postalCode: '8000',
    benefitType: 'cash_benefit',
    unemployedSince: addDays(todayInCopenhagen(), -14),
    ...overrides,
  };
}

export interface NewCitizen {
  id: string;
  /** What was registered (the CPR number as 10 digits among it). */
  registration: CitizenRegistration;
  /** The 201 answer: `assignedCaseworkerId`, `nextSteps`, … */
  answer: Record<string, unknown>;
}

/**
 * Registers a citizen through `POST /api/v1/citizens` as `registrarId` (a signed-in staff member of the
 * municipality, who becomes the caseworker unless the body names another); throws unless 201.
 */
export async function newCitizen(
  browsers: SignedInBrowsers,
  registrarId: string,
  overrides: Partial<CitizenRegistration> = {},
): Promise<NewCitizen> {
  const registration = citizenRegistration(overrides);
  const res = await browsers.send(registrarId, 'POST', '/api/v1/citizens', registration);
  if (res.status !== 201)
    throw new Error(`registering a citizen answered ${res.status}: ${JSON.stringify(res.body).slice(0, 500)}`);
  return { id: res.body['id'] as string, registration, answer: res.body };
}

/**
 * The body of `PUT /api/v1/me/profile`: a complete profile with nothing wished for — Danish, full time,
 * 30 km around Aarhus C — that `overrides` fill in (e.g. `wishedOccupations`, `notificationChannels`).
 */
export function profileBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    contact: { email: `borger${unique()}@example.dk`, phone: '+4520202020', postalCode: '8000' },
    wishedOccupations: [],
    skills: [],
    education: [],
    experience: [],
    workArea: { radiusKm: 30 },
    hours: 'full_time',
    languages: [{ language: 'da', level: 'native' }],
    drivingLicences: [],
    preferredMeetingForms: [],
    notificationChannels: [],
    ...overrides,
  };
}
