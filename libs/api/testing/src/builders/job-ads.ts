import { addDays, todayInCopenhagen } from '@jobunivers/api/time';
import type { TestHttp } from '../test-http';
import { created, type Created } from './created';
import { unique } from './unique';

type Json = Record<string, unknown>;

/**
 * The `authorization` header of an API client (e.g. identity's `DEMO_CLIENT_ID` and `DEMO_CLIENT_SECRET`: the
 * demo municipal system of Aarhus, every scope) for `scope`: a client credentials token from `POST /api/v1/oauth/token`.
 */
export async function clientBearer(
  http: TestHttp,
  client: { id: string; secret: string },
  scope: string,
): Promise<Record<string, string>> {
  const token = await http.post<{ access_token: string }>(
    '/api/v1/oauth/token',
    new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: client.id,
      client_secret: client.secret,
      scope,
    }),
  );
  if (token.status !== 200) throw new Error(`a token of ${client.id} for ${scope} answered ${token.status}`);
  return { authorization: `Bearer ${token.body.access_token}` };
}

/**
 * A schema.org JobPosting with a unique identifier: a full-time nurse job in Aarhus C (8000), posted today
 * and open for 30 days, unless `overrides` say otherwise (each replaces the whole property).
 */
export function jobPosting(overrides: Json = {}): Json {
  const today = todayInCopenhagen();
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    identifier: `test-${unique()}`,
    title: 'Sygeplejerske til akutmodtagelsen',
    description: '<p>Vi søger <b>sygeplejersker</b> &amp; gode kolleger.</p>',
    datePosted: today,
    validThrough: addDays(today, 30),
    employmentType: 'FULL_TIME',
    hiringOrganization: { '@type': 'Organization', name: 'Testhospitalet' },
    jobLocation: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', postalCode: '8000', addressLocality: 'Aarhus C', addressCountry: 'DK' },
    },
    occupationalCategory: { '@type': 'CategoryCode', codeValue: '2221', inCodeSet: 'ISCO-08' },
    skills: ['medication', 'first-aid', 'elder-care'],
    ...overrides,
  };
}

/**
 * Imports a job ad through `POST /api/v1/job-ads` as a municipal system (`bearer`: see {@link clientBearer}
 * with `jobs:write`); throws unless 201.
 */
export async function newJobAd(http: TestHttp, bearer: Record<string, string>, overrides: Json = {}): Promise<Created> {
  return created(
    'importing a job ad',
    await http.post<Json>('/api/v1/job-ads', jobPosting(overrides), { headers: bearer }),
  );
}
