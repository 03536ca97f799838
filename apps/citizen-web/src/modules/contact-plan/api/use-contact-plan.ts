import { type Schemas, unwrap } from '@jobunivers/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type ContactPlan = Schemas['ContactPlanDto'];
export type ContactRequirement = ContactPlan['requirements'][number];

export const contactPlanKeys = { mine: ['contact-plan', 'me'] as const };

/** The citizen's own contact plan: the meetings the law asks of them, by when, and whether they are met. */
export function useMyContactPlan() {
  return useQuery({
    queryKey: contactPlanKeys.mine,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/contact-plan')),
  });
}
