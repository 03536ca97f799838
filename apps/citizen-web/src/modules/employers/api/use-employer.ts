import { type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';
import { employerKeys } from './use-employer-session';

export type EmployerRequest = Schemas['EmployerRequestDto'];
export type EmployerRequestThread = Schemas['EmployerRequestThreadDto'];
export type NewEmployerRequest = Schemas['NewEmployerRequestDto'];
export type EmployerCandidate = Schemas['EmployerCandidateDto'];
export type Placement = Schemas['PlacementDto'];
export type RequestKind = EmployerRequest['kind'];

export { employerKeys, useIsEmployer } from './use-employer-session';

export const REQUEST_KINDS = ['recruitment', 'internship', 'wage_subsidy', 'question'] as const satisfies RequestKind[];

/** The company's requests, newest first. */
export function useEmployerRequests(page: number) {
  return useQuery({
    queryKey: employerKeys.requests(page),
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/v1/employer/requests', { params: { query: { page, limit: 20 } } })),
  });
}

/** One request with its thread. */
export function useEmployerRequest(id: string) {
  return useQuery({
    queryKey: employerKeys.request(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/employer/requests/{id}', { params: { path: { id } } })),
  });
}

/**
 * The candidates who accepted, in the reader's language (the reasons are worded by the server). Every read is in
 * each candidate's access log, so it is read when the page is shown, not in the background.
 */
export function useCandidates(id: string, language: string, enabled: boolean) {
  return useQuery({
    queryKey: employerKeys.candidates(id, language),
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/employer/requests/{id}/candidates', {
          params: { path: { id } },
          headers: { 'accept-language': language },
        }),
      ).items,
  });
}

export function useCreateRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewEmployerRequest) => unwrap(await api.POST('/api/v1/employer/requests', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employerKeys.all }),
  });
}

export function useSendRequestMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (message: string) =>
      unwrap(
        await api.POST('/api/v1/employer/requests/{id}/messages', { params: { path: { id } }, body: { message } }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employerKeys.request(id) }),
  });
}

export function useWithdrawRequest(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/v1/employer/requests/{id}/withdraw', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employerKeys.all }),
  });
}

export function usePlacements() {
  return useQuery({
    queryKey: employerKeys.placements,
    queryFn: async () => unwrap(await api.GET('/api/v1/employer/placements')).items,
  });
}

export function useReportPlacement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, outcome }: { id: string; outcome: 'ended' | 'hired' }) =>
      unwrap(
        await api.POST('/api/v1/employer/placements/{id}/report', { params: { path: { id } }, body: { outcome } }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: employerKeys.placements }),
  });
}
