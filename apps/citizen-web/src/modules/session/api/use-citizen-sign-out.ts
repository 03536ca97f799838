import { unwrap } from '@jobunivers/api-client';
import { sessionKeys } from '@jobunivers/web/session';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

/**
 * Signs out here at once and, for a NemLog-in session, at NemLog-in too (single logout): the
 * browser goes to the signed LogoutRequest URL and comes back to the app.
 */
export function useCitizenSignOut(navigate: (url: string) => void = (url) => window.location.assign(url)) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/auth/citizen/logout')),
    onSuccess: ({ logoutUrl }) => {
      queryClient.setQueryData(sessionKeys.me, null);
      void queryClient.invalidateQueries();
      if (logoutUrl) navigate(logoutUrl);
    },
  });
}
