import type { SignedInBrowsers } from '../signed-in-browsers';
import { created, type Created } from './created';
import { unique } from './unique';

/** The body of `POST /api/v1/offers`: a published virtual course with a unique Danish title. */
export interface OfferBody {
  titleDa: string;
  titleEn: string;
  descriptionDa: string;
  descriptionEn: string;
  provider: string;
  kind: string;
  mode: string;
  status: string;
  [field: string]: unknown;
}

export function offerBody(overrides: Partial<OfferBody> = {}): OfferBody {
  return {
    titleDa: `Kursus ${unique()}`,
    titleEn: 'Course',
    descriptionDa: 'Beskrivelse',
    descriptionEn: 'Description',
    provider: 'AMU',
    kind: 'course',
    mode: 'virtual',
    status: 'published',
    ...overrides,
  };
}

/**
 * Adds an offer to the catalogue through `POST /api/v1/offers` as `teamLeadId` (a signed-in team lead or
 * municipality admin; the offer is their municipality's); throws unless 201.
 */
export async function newOffer(
  browsers: SignedInBrowsers,
  teamLeadId: string,
  overrides: Partial<OfferBody> = {},
): Promise<Created> {
  return created('adding an offer', await browsers.send(teamLeadId, 'POST', '/api/v1/offers', offerBody(overrides)));
}
