import { type Schemas, unwrap } from '@jobunivers/api-client';
import { sessionKeys, useMe } from '@jobunivers/web/session';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../../api-client';
import { clearOfflineData } from '../../offline/api/offline-state';

export type EmployerRequest = Schemas['EmployerRequestDto'];
export type EmployerRequestThread = Schemas['EmployerRequestThreadDto'];
export type NewEmployerRequest = Schemas['NewEmployerRequestDto'];
export type EmployerCandidate = Schemas['EmployerCandidateDto'];
export type Placement = Schemas['PlacementDto'];
export type RequestKind = EmployerRequest['kind'];

export const REQUEST_KINDS = ['recruitment', 'internship', 'wage_subsidy', 'question'] as const satisfies RequestKind[];

/** Query keys of the employer section, in one place (the live stream invalidates `all`). */
export const employerKeys = {
  all: ['employer'] as const,
  requests: (page: number) => ['employer', 'requests', page] as const,
  request: (id: string) => ['employer', 'request', id] as const,
  candidates: (id: string, language: string) => ['employer', 'candidates', id, language] as const,
  placements: ['employer', 'placements'] as const,
};

/** Is the signed-in principal an employer (MitID Erhverv)? */
export function useIsEmployer() {
  return useMe().data?.kind === 'employer';
}

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

const LIVE_PATH = '/api/v1/me/live';

/**
 * Keeps the company's pages current without reload: the API's event stream says `employer-request` when any of the
 * company's requests changes (a consultant answers, candidates accept), and the employer queries refetch.
 */
export function useEmployerLive(): void {
  const isEmployer = useIsEmployer();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!isEmployer || typeof EventSource === 'undefined') return;
    const source = new EventSource(LIVE_PATH, { withCredentials: true });
    const refresh = () => void queryClient.invalidateQueries({ queryKey: employerKeys.all });
    source.addEventListener('employer-request', refresh);
    return () => source.close();
  }, [isEmployer, queryClient]);
}

/**
 * Signs the employer out here at once and at NemLog-in too (single logout), as a citizen's sign-out does: the browser
 * goes to the signed LogoutRequest URL and comes back to the app.
 */
export function useEmployerSignOut(navigate: (url: string) => void = (url) => window.location.assign(url)) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await clearOfflineData();
      return unwrap(await api.POST('/api/v1/auth/employer/logout'));
    },
    onSuccess: ({ logoutUrl }) => {
      queryClient.setQueryData(sessionKeys.me, null);
      queryClient.removeQueries({ queryKey: employerKeys.all });
      void queryClient.invalidateQueries();
      if (logoutUrl) navigate(logoutUrl);
    },
  });
}
