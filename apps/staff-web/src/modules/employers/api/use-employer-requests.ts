import { type Schemas, unwrap } from '@jobunivers/api-client';
import { employerRequestKeys } from '@jobunivers/web/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type EmployerRequest = Schemas['EmployerRequestDto'];
export type EmployerRequestDetail = Schemas['StaffRequestDetailDto'];
export type Proposal = Schemas['ProposalDto'];
export type Placement = Schemas['PlacementDto'];
export type Candidate = Schemas['StaffCandidateDto'];
export type RequestKind = EmployerRequest['kind'];
export type RequestOutcome = Schemas['CloseRequestDto']['outcome'];
export type RequestScope = 'me' | 'unassigned' | 'all';

export const REQUEST_KINDS: RequestKind[] = ['recruitment', 'internship', 'wage_subsidy', 'question'];
export const REQUEST_OUTCOMES: RequestOutcome[] = ['hired', 'not_hired', 'withdrawn'];
/** Staff roles that work the employer entry (the API's CONSULTANT_ROLES). */
export const CONSULTANT_ROLES = ['employer_consultant', 'team_lead'] as const;
/** Requests that can lead to a placement (virksomhedspraktik, løntilskud). */
export const isPlaceable = (kind: RequestKind): kind is 'internship' | 'wage_subsidy' =>
  kind === 'internship' || kind === 'wage_subsidy';

/**
 * Under `employerRequestKeys.all` (refetched by the live stream's `employer-request` events): the inbox,
 * the KPIs and a request's page. The candidate search is kept apart: every search is an audited read of
 * citizens, so it runs when the consultant asks, not on every change of the request.
 */
export const employerKeys = {
  inbox: (scope: RequestScope, status: 'open' | 'closed', page: number) =>
    [...employerRequestKeys.all, 'inbox', scope, status, page] as const,
  kpis: [...employerRequestKeys.all, 'kpis'] as const,
  one: (id: string) => [...employerRequestKeys.all, 'one', id] as const,
  candidates: (id: string, language: string) => ['employer-candidates', id, language] as const,
};

/** The municipality's employer consultants and team leads: whom a request can be given to. */
export function useConsultants(enabled = true) {
  return useQuery({
    queryKey: ['employer-consultants'],
    enabled,
    staleTime: 5 * 60_000,
    queryFn: async () => unwrap(await api.GET('/api/v1/employer-requests/consultants')),
  });
}

/** The municipality's employer requests: open or closed, mine, unassigned or all; oldest first. */
export function useEmployerRequests(scope: RequestScope, status: 'open' | 'closed', page: number) {
  return useQuery({
    queryKey: employerKeys.inbox(scope, status, page),
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/employer-requests', {
          params: { query: { assigned: scope, status, page, limit: 20 } },
        }),
      ),
  });
}

/** The employer entry's KPIs for the last 30 days. */
export function useEmployerKpis() {
  return useQuery({
    queryKey: employerKeys.kpis,
    queryFn: async () => unwrap(await api.GET('/api/v1/employer-requests/kpis')),
  });
}

/** A request with its thread, proposals and placements. */
export function useEmployerRequest(id: string) {
  return useQuery({
    queryKey: employerKeys.one(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/employer-requests/{id}', { params: { path: { id } } })),
  });
}

/** Citizens ranked for the request, with reasons (in the reader's language); only when asked for (`enabled`). */
export function useCandidates(id: string, language: string, enabled: boolean) {
  return useQuery({
    queryKey: employerKeys.candidates(id, language),
    enabled,
    staleTime: Infinity,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/employer-requests/{id}/candidates', {
          params: { path: { id } },
          headers: { 'accept-language': language },
        }),
      ),
  });
}

/** A change to the request: the request's queries refetch (and, when `candidates`, the shown candidate search). */
function useRequestMutation<T, R>(id: string, run: (input: T) => Promise<R>, candidates = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: employerRequestKeys.all });
      if (candidates) void queryClient.invalidateQueries({ queryKey: ['employer-candidates', id] });
    },
  });
}

export const useClaimRequest = (id: string) =>
  useRequestMutation(id, async () =>
    unwrap(await api.POST('/api/v1/employer-requests/{id}/claim', { params: { path: { id } } })),
  );

export const useAssignRequest = (id: string) =>
  useRequestMutation(id, async (staffId: string) =>
    unwrap(await api.POST('/api/v1/employer-requests/{id}/assign', { params: { path: { id } }, body: { staffId } })),
  );

export const useAnswerCompany = (id: string) =>
  useRequestMutation(id, async (message: string) =>
    unwrap(await api.POST('/api/v1/employer-requests/{id}/messages', { params: { path: { id } }, body: { message } })),
  );

export const useCloseRequest = (id: string) =>
  useRequestMutation(id, async (outcome: RequestOutcome) =>
    unwrap(await api.POST('/api/v1/employer-requests/{id}/close', { params: { path: { id } }, body: { outcome } })),
  );

export const usePublishJobAd = (id: string) =>
  useRequestMutation(id, async () =>
    unwrap(await api.POST('/api/v1/employer-requests/{id}/job-ad', { params: { path: { id } } })),
  );

export const usePropose = (id: string) =>
  useRequestMutation(
    id,
    async (citizenIds: string[]) =>
      unwrap(
        await api.POST('/api/v1/employer-requests/{id}/proposals', { params: { path: { id } }, body: { citizenIds } }),
      ),
    true,
  );

export const useApprovePlacement = (id: string) =>
  useRequestMutation(id, async (body: Schemas['NewPlacementDto']) =>
    unwrap(await api.POST('/api/v1/employer-requests/{id}/placements', { params: { path: { id } }, body })),
  );

export const useReportPlacement = (requestId: string) =>
  useRequestMutation(requestId, async ({ id, outcome }: { id: string; outcome: 'ended' | 'hired' }) =>
    unwrap(await api.POST('/api/v1/employer-placements/{id}/report', { params: { path: { id } }, body: { outcome } })),
  );
