import { type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type AccessLogLine = Schemas['AccessLogGroupDto'];
export const accessLogKeys = { page: (page: number) => ['access-log', 'grouped', page] as const };

/** My access log as lines: one per day and person (or system), with what was seen and why as codes. */
export function useAccessLog(page: number, enabled: boolean) {
  return useQuery({
    queryKey: accessLogKeys.page(page),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/me/access-log/grouped', { params: { query: { page, limit: 20 } } })),
    enabled,
    placeholderData: keepPreviousData,
  });
}
