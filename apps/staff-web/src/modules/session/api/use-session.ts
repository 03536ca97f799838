import { ApiProblemError, unwrap } from '@jobunivers/api-client';
import { sessionKeys } from '@jobunivers/web/session';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

const devUsersKey = ['session', 'dev-users'] as const;

/** Demo staff (dev mode); an empty list when demo sign-in is off (404). */
export function useDevUsers() {
  return useQuery({
    queryKey: devUsersKey,
    queryFn: async () => {
      try {
        return unwrap(await api.GET('/api/v1/auth/dev/users')).items.filter((u) => u.role !== 'citizen');
      } catch (error) {
        if (error instanceof ApiProblemError && error.status === 404) return [];
        throw error;
      }
    },
  });
}

export function useDevSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (userId: string) => unwrap(await api.POST('/api/v1/auth/dev/sign-in', { body: { userId } })),
    onSuccess: (me) => queryClient.setQueryData(sessionKeys.me, me),
  });
}
