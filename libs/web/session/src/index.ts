import { ApiProblemError, createApiClient, unwrap } from '@jobunivers/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

/** Same origin: both apps' servers proxy /api to the API; cookies carry the session. */
const api = createApiClient();

export const sessionKeys = { me: ['session', 'me'] as const };

/**
 * The signed-in principal, or null when nobody is signed in (401 is an answer, not an error).
 * Any other failure (network down, 5xx) is an error — "cannot reach the server", which the apps show
 * as such and never as "not signed in". It is retried once, so that state appears within seconds.
 */
export function useMe() {
  return useQuery({
    queryKey: sessionKeys.me,
    queryFn: async () => {
      try {
        return unwrap(await api.GET('/api/v1/me'));
      } catch (error) {
        if (error instanceof ApiProblemError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
    retry: 1,
  });
}

/** Ends the session (the client sends the CSRF header) and forgets everything cached for it. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { response } = await api.POST('/api/v1/auth/sign-out');
      if (!response.ok && response.status !== 401) throw new Error(`sign-out failed: ${response.status}`);
    },
    onSuccess: () => {
      queryClient.setQueryData(sessionKeys.me, null);
      void queryClient.invalidateQueries();
    },
  });
}
