import { ApiProblemError, type Schemas, unwrap } from '@jobunivers/api-client';
import { sessionKeys } from '@jobunivers/web/session';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

type StaffRole = Exclude<Schemas['DevUserDto']['role'], 'citizen' | 'employer'>;

const devUsersKey = ['session', 'dev-users'] as const;

/** Demo staff (dev mode; not the demo citizens or company users); an empty list when demo sign-in is off (404). */
export function useDevUsers() {
  return useQuery({
    queryKey: devUsersKey,
    queryFn: async () => {
      try {
        return unwrap(await api.GET('/api/v1/auth/dev/users')).items.filter(
          (u): u is typeof u & { role: StaffRole } => u.role !== 'citizen' && u.role !== 'employer',
        );
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
