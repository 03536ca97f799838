import { type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type Offer = Schemas['OfferDto'];
export type PlanItem = Schemas['PlanItemDto'];
export type OfferKind = Offer['kind'];
export type OfferMode = Offer['mode'];
export const OFFER_KINDS: OfferKind[] = [
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
export const OFFER_MODES: OfferMode[] = ['virtual', 'in_person', 'hybrid'];
export interface OfferFilter {
  q?: string;
  kind?: OfferKind;
  mode?: OfferMode;
  from?: string;
  page: number;
}

export const offerKeys = {
  all: ['offers'] as const,
  list: (filter: OfferFilter) => ['offers', 'list', filter] as const,
  one: (id: string) => ['offers', 'one', id] as const,
  plan: ['plan'] as const,
};

export function useOffers(filter: OfferFilter) {
  return useQuery({
    queryKey: offerKeys.list(filter),
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/v1/offers', { params: { query: { ...filter, limit: 20 } } })),
  });
}

export function useOffer(id: string) {
  return useQuery({
    queryKey: offerKeys.one(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/offers/{id}', { params: { path: { id } } })),
  });
}

export function usePlan(enabled = true) {
  return useQuery({ queryKey: offerKeys.plan, enabled, queryFn: async () => unwrap(await api.GET('/api/v1/me/plan')) });
}

function usePlanMutation<T, R>(run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: offerKeys.plan });
      void queryClient.invalidateQueries({ queryKey: offerKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['case'] });
    },
  });
}

export const useAddToPlan = () =>
  usePlanMutation(async (body: Schemas['AddItemDto']) => unwrap(await api.POST('/api/v1/me/plan/items', { body })));
export const usePatchItem = () =>
  usePlanMutation(async ({ id, ...body }: Schemas['PatchItemDto'] & { id: string }) =>
    unwrap(await api.PATCH('/api/v1/me/plan/items/{id}', { params: { path: { id } }, body })),
  );
export const useRateItem = () =>
  usePlanMutation(async ({ id, score }: { id: string; score: number }) =>
    unwrap(await api.POST('/api/v1/me/plan/items/{id}/rating', { params: { path: { id } }, body: { score } })),
  );
export const useDropItem = () =>
  usePlanMutation(async (id: string) =>
    unwrap(await api.DELETE('/api/v1/me/plan/items/{id}', { params: { path: { id } } })),
  );
export const useSetGoal = () =>
  usePlanMutation(async (body: Schemas['GoalDto']) => unwrap(await api.PUT('/api/v1/me/plan/goal', { body })));

/** Title in the app's language. */
export const titleOf = (o: { titleDa: string; titleEn: string }, language: string) =>
  language === 'en' ? o.titleEn : o.titleDa;
