import { unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api-client';

export const accessLogKeys = { page: (page: number) => ['access-log', page] as const };

export function useAccessLog(page: number, enabled: boolean) {
  return useQuery({
    queryKey: accessLogKeys.page(page),
    queryFn: async () => unwrap(await api.GET('/api/v1/me/access-log', { params: { query: { page, limit: 20 } } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}
