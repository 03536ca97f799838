import { type Schemas, unwrap } from '@jobunivers/api-client';
import { conversationKeys } from '@jobunivers/web/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type InboxItem = Schemas['InboxItemDto'];
export type Scope = 'me' | 'unassigned' | 'all';

const keys = {
  list: (scope: Scope, status: string, page: number) =>
    [...conversationKeys.all, 'inbox', scope, status, page] as const,
  one: (id: string) => [...conversationKeys.all, 'staff', id] as const,
};

/** The jobcentre's inbox; refetched live when a citizen writes (the live stream invalidates `conversations`). */
export function useInbox(scope: Scope, status: 'open' | 'closed', page: number) {
  return useQuery({
    queryKey: keys.list(scope, status, page),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/conversations', { params: { query: { assigned: scope, status, page, limit: 20 } } }),
      ),
  });
}

export function useStaffConversation(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/conversations/{id}', { params: { path: { id } } })),
  });
}

function useConversationMutation<T>(run: (input: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: conversationKeys.all }),
  });
}

export const useReply = (id: string) =>
  useConversationMutation(async (body: Schemas['StaffMessageDto']) =>
    unwrap(await api.POST('/api/v1/conversations/{id}/messages', { params: { path: { id } }, body })),
  );
export const useClaim = (id: string) =>
  useConversationMutation(async () =>
    unwrap(await api.POST('/api/v1/conversations/{id}/claim', { params: { path: { id } } })),
  );
export const useSetStatus = (id: string) =>
  useConversationMutation(async (status: 'open' | 'closed') =>
    unwrap(
      status === 'closed'
        ? await api.POST('/api/v1/conversations/{id}/close', { params: { path: { id } } })
        : await api.POST('/api/v1/conversations/{id}/reopen', { params: { path: { id } } }),
    ),
  );

export const articleKeys = { all: ['knowledge-base'] as const };

export function useArticles() {
  return useQuery({
    queryKey: [...articleKeys.all, 'articles'],
    queryFn: async () => unwrap(await api.GET('/api/v1/knowledge-base/articles')),
  });
}

export function useSaveArticle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, ...body }: Schemas['ArticleInputDto'] & { id?: string }) =>
      unwrap(
        id
          ? await api.PATCH('/api/v1/knowledge-base/articles/{id}', { params: { path: { id } }, body })
          : await api.POST('/api/v1/knowledge-base/articles', { body }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: articleKeys.all }),
  });
}

export function useKnowledgeReport() {
  return useQuery({
    queryKey: [...articleKeys.all, 'report'],
    queryFn: async () => unwrap(await api.GET('/api/v1/knowledge-base/report')),
  });
}
