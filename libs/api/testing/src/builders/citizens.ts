import { addDays, todayInCopenhagen } from '@jobunivers/api/time';
import type { SignedInBrowsers } from '../signed-in-browsers';
import { created, type Created } from './created';
import { newCpr, unique } from './unique';

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

/** The citizen's id, the 201 answer (`assignedCaseworkerId`, `nextSteps`, …) and what was registered. */
export interface NewCitizen extends Created {
  /** What was registered (the CPR number as 10 digits among it). */
  registration: CitizenRegistration;
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
  return { ...created('registering a citizen', res), registration };
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
