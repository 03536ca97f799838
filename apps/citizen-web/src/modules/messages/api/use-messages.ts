import { type Schemas, unwrap } from '@jobunivers/api-client';
import { conversationKeys } from '@jobunivers/web/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type Conversation = Schemas['ConversationDto'];
export type Thread = Schemas['ConversationThreadDto'];
export type Article = Schemas['ArticleDto'];

const keys = {
  list: (page: number) => [...conversationKeys.all, 'list', page] as const,
  one: (id: string) => [...conversationKeys.all, id] as const,
};

/** My conversations; refetched live when the jobcentre answers (the live stream invalidates `conversations`). */
export function useConversations(page: number, enabled = true) {
  return useQuery({
    queryKey: keys.list(page),
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/conversations', { params: { query: { page, limit: 20 } } })),
  });
}

export function useConversation(id: string) {
  return useQuery({
    queryKey: keys.one(id),
    queryFn: async () => unwrap(await api.GET('/api/v1/me/conversations/{id}', { params: { path: { id } } })),
  });
}

export function useStartConversation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['NewConversationDto']) =>
      unwrap(await api.POST('/api/v1/me/conversations', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: conversationKeys.all }),
  });
}

export function useSendMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (message: string) =>
      unwrap(await api.POST('/api/v1/me/conversations/{id}/messages', { params: { path: { id } }, body: { message } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: conversationKeys.all }),
  });
}

export function useAsk() {
  return useMutation({
    mutationFn: async ({ question, language }: { question: string; language: string }) =>
      unwrap(await api.POST('/api/v1/me/questions', { body: { question }, headers: { 'accept-language': language } })),
  });
}

export function useQuestionFeedback() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, resolved, language }: { id: string; resolved: boolean; language: string }) =>
      unwrap(
        await api.POST('/api/v1/me/questions/{id}/feedback', {
          params: { path: { id } },
          headers: { 'accept-language': language },
          body: { resolved },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: conversationKeys.all }),
  });
}
