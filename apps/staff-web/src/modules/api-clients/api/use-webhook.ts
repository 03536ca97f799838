import { ApiProblemError, type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type Webhook = Schemas['WebhookDto'];
export type WebhookInput = Schemas['WebhookInputDto'];
export const webhookKeys = {
  of: (id: string) => ['webhook', id] as const,
  deliveries: (id: string, page: number) => ['webhook', id, 'deliveries', page] as const,
};

/** The client's webhook; null when it has none. */
export function useWebhook(clientId: string) {
  return useQuery({
    queryKey: webhookKeys.of(clientId),
    queryFn: async () => {
      try {
        return unwrap(await api.GET('/api/v1/api-clients/{id}/webhook', { params: { path: { id: clientId } } }));
      } catch (error) {
        if (error instanceof ApiProblemError && error.problem.code === 'webhook_not_found') return null;
        throw error;
      }
    },
  });
}

export function useSaveWebhook(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: WebhookInput) =>
      unwrap(await api.PUT('/api/v1/api-clients/{id}/webhook', { params: { path: { id: clientId } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: webhookKeys.of(clientId) }),
  });
}

export function useRemoveWebhook(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () =>
      unwrap(await api.DELETE('/api/v1/api-clients/{id}/webhook', { params: { path: { id: clientId } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: webhookKeys.of(clientId) }),
  });
}

/** The delivery log, refreshed every few seconds while the page is open. */
export function useWebhookDeliveries(clientId: string, page: number, enabled: boolean) {
  return useQuery({
    queryKey: webhookKeys.deliveries(clientId, page),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/api-clients/{id}/webhook/deliveries', {
          params: { path: { id: clientId }, query: { page, limit: 20 } },
        }),
      ),
    enabled,
    refetchInterval: 5000,
    placeholderData: keepPreviousData,
  });
}
