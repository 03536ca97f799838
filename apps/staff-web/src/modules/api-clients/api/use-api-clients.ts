import { type Schemas, unwrap } from '@jobunivers/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export const apiClientKeys = { all: ['api-clients'] as const };
export type ApiClient = Schemas['ApiClientDto'];
export type ApiClientWithSecret = Schemas['ApiClientWithSecretDto'];
export type NewApiClient = Schemas['CreateApiClientDto'];

export function useApiClients(enabled: boolean) {
  return useQuery({
    queryKey: apiClientKeys.all,
    queryFn: async () => unwrap(await api.GET('/api/v1/api-clients', { params: { query: { limit: 100 } } })).items,
    enabled,
  });
}

export function useCreateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewApiClient) => unwrap(await api.POST('/api/v1/api-clients', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiClientKeys.all }),
  });
}

export function useRotateApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/api-clients/{id}/rotate-secret', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiClientKeys.all }),
  });
}

export function useRevokeApiClient() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/api-clients/{id}/revoke', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: apiClientKeys.all }),
  });
}
