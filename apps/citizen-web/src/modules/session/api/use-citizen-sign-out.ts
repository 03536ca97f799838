import { unwrap } from '@jobunivers/api-client';
import { sessionKeys } from '@jobunivers/web/session';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';
import { clearOfflineData } from '../../offline/api/offline-state';

/**
 * Signs out here at once and, for a NemLog-in session, at NemLog-in too (single logout): the
 * browser goes to the signed LogoutRequest URL and comes back to the app. Everything kept on the
 * device for the person goes first: the reads saved for offline use (the service worker's cache).
 */
export function useCitizenSignOut(navigate: (url: string) => void = (url) => window.location.assign(url)) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await clearOfflineData();
      return unwrap(await api.POST('/api/v1/auth/citizen/logout'));
    },
    onSuccess: ({ logoutUrl }) => {
      queryClient.setQueryData(sessionKeys.me, null);
      void queryClient.invalidateQueries();
      if (logoutUrl) navigate(logoutUrl);
    },
  });
}
