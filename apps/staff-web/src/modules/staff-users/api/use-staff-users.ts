import { type Schemas, unwrap } from '@jobunivers/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export const staffUserKeys = { page: (page: number) => ['staff-users', page] as const, all: ['staff-users'] as const };
export type StaffUser = Schemas['StaffUserDto'];

export function useStaffUsers(page: number, enabled = true) {
  return useQuery({
    queryKey: staffUserKeys.page(page),
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/staff-users', { params: { query: { page, limit: 100 } } })),
  });
}

/** Ends every session of a staff member at once (lost laptop, leaver). */
export function useRevokeStaffSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/staff-users/{id}/revoke-sessions', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: staffUserKeys.all }),
  });
}
