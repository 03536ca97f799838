import { type Schemas, unwrap } from '@jobunivers/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type JoblogEntry = Schemas['JoblogEntryDto'];
export const JOBLOG_STATUSES: JoblogEntry['status'][] = ['applied', 'interview', 'rejected', 'offer', 'hired'];
export const joblogKeys = { all: ['joblog'] as const };

export function useJoblog() {
  return useQuery({ queryKey: joblogKeys.all, queryFn: async () => unwrap(await api.GET('/api/v1/me/joblog')) });
}

function useJoblogMutation<T>(run: (input: T) => Promise<JoblogEntry>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: joblogKeys.all }),
  });
}

export const useLogApplication = () =>
  useJoblogMutation(async (body: Schemas['JoblogInputDto']) => unwrap(await api.POST('/api/v1/me/joblog', { body })));
export const useUpdateApplication = () =>
  useJoblogMutation(async ({ id, ...body }: Schemas['JoblogPatchDto'] & { id: string }) =>
    unwrap(await api.PATCH('/api/v1/me/joblog/{id}', { params: { path: { id } }, body })),
  );
