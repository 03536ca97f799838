import { type Schemas, unwrap } from '@jobunivers/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type Announcement = Schemas['AnnouncementDto'];
export const announcementKeys = {
  all: ['announcements'] as const,
  page: (page: number) => ['announcements', page] as const,
};

export function useAnnouncements(page: number) {
  return useQuery({
    queryKey: announcementKeys.page(page),
    queryFn: async () => unwrap(await api.GET('/api/v1/announcements', { params: { query: { page, limit: 20 } } })),
    // While one is still going out, show its progress.
    refetchInterval: (query) => (query.state.data?.items.some((a) => !a.completedAt) ? 2000 : false),
  });
}

export function useSendAnnouncement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['AnnouncementInputDto']) =>
      unwrap(await api.POST('/api/v1/announcements', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: announcementKeys.all }),
  });
}
