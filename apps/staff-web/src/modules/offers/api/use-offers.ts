import { type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';
import { purposeHeader } from '../../citizens/api/use-citizens';

export type Offer = Schemas['OfferDto'];
export type OfferInput = Schemas['OfferInputDto'];
export type Application = Schemas['ApplicationDto'];
export const OFFER_KINDS: Offer['kind'][] = [
  'course',
  'workshop',
  'e_learning',
  'webinar',
  'job_club',
  'company_internship',
  'wage_subsidy',
  'upskilling',
  'other',
];
export const OFFER_MODES: Offer['mode'][] = ['virtual', 'in_person', 'hybrid'];

export const offerKeys = {
  all: ['offers'] as const,
  list: (status: string, page: number) => ['offers', 'list', status, page] as const,
  applications: (scope: string, page: number) => ['offers', 'applications', scope, page] as const,
  plan: (citizenId: string) => ['offers', 'plan', citizenId] as const,
};

export function useOfferCatalogue(status: Offer['status'] | undefined, page: number, limit = 50) {
  return useQuery({
    queryKey: [...offerKeys.list(status ?? '', page), limit],
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/v1/offers', { params: { query: { status, page, limit } } })),
  });
}

function useOfferMutation<T, R>(run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: offerKeys.all }),
  });
}

export const useCreateOffer = () =>
  useOfferMutation(async (body: OfferInput) => unwrap(await api.POST('/api/v1/offers', { body })));
export const useUpdateOffer = () =>
  useOfferMutation(async ({ id, ...body }: Schemas['OfferPatchDto'] & { id: string }) =>
    unwrap(await api.PATCH('/api/v1/offers/{id}', { params: { path: { id } }, body })),
  );

export function useApplications(scope: 'me' | 'all' | undefined, page: number) {
  return useQuery({
    queryKey: offerKeys.applications(scope ?? '', page),
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/v1/offer-applications', { params: { query: { scope, page } } })),
  });
}

export const useDecide = () =>
  useOfferMutation(async ({ id, ...body }: Schemas['DecisionDto'] & { id: string }) =>
    unwrap(await api.POST('/api/v1/offer-applications/{id}/decision', { params: { path: { id } }, body })),
  );

export function useCitizenPlan(citizenId: string, purpose: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...offerKeys.plan(citizenId), purpose ?? ''],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/citizens/{id}/plan', {
          params: { path: { id: citizenId }, header: purposeHeader(purpose) },
        }),
      ),
  });
}

export const useSuggest = (citizenId: string, purpose?: string) =>
  useOfferMutation(async (body: Schemas['SuggestDto']) =>
    unwrap(
      await api.POST('/api/v1/citizens/{id}/plan/suggestions', {
        params: { path: { id: citizenId }, header: purposeHeader(purpose) },
        body,
      }),
    ),
  );
