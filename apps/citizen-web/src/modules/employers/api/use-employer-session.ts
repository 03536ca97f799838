import { unwrap } from '@jobunivers/api-client';
import { sessionKeys, useMe } from '@jobunivers/web/session';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../../api-client';
import { clearOfflineData } from '../../offline/api/offline-state';

// What the app shell needs of the employer section on every page (kept apart, so the section's own hooks load with its
// pages, not with the shell).

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
