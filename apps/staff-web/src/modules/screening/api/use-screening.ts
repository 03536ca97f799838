import { type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';
import { citizenKeys, purposeHeader } from '../../citizens/api/use-citizens';

export type ScreeningInput = Schemas['ScreeningInputDto'];
export type QueueItem = Schemas['QueueItemDto'];
export interface QueueFilter {
  scope?: 'me' | 'all';
  overdue: boolean;
  page: number;
}

export const screeningKeys = {
  all: ['screening'] as const,
  indicators: (id: string) => ['screening', 'indicators', id] as const,
  history: (id: string) => ['screening', 'history', id] as const,
  queue: (filter: QueueFilter) => ['screening', 'queue', filter] as const,
};

export function useIndicators(id: string, purpose: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...screeningKeys.indicators(id), purpose ?? ''],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/citizens/{id}/screening-indicators', {
          params: { path: { id }, header: purposeHeader(purpose) },
        }),
      ),
  });
}

export function useScreenings(id: string, purpose: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...screeningKeys.history(id), purpose ?? ''],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/citizens/{id}/screenings', { params: { path: { id }, header: purposeHeader(purpose) } }),
      ),
  });
}

export function useRecordScreening(id: string, purpose?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ScreeningInput) =>
      unwrap(
        await api.POST('/api/v1/citizens/{id}/screenings', {
          params: { path: { id }, header: purposeHeader(purpose) },
          body,
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: screeningKeys.all });
      void queryClient.invalidateQueries({ queryKey: citizenKeys.all });
    },
  });
}

export function useScreeningQueue(filter: QueueFilter) {
  return useQuery({
    queryKey: screeningKeys.queue(filter),
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/screening-queue', {
          params: {
            query: { scope: filter.scope, overdue: filter.overdue || undefined, page: filter.page, limit: 25 },
          },
        }),
      ),
  });
}

export function useDismissQueueItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(await api.POST('/api/v1/screening-queue/{id}/dismiss', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: screeningKeys.all }),
  });
}
