import { type Schemas, unwrap } from '@jobunivers/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type StaffOverview = Schemas['StaffOverviewDto'];
export const overviewKeys = { mine: ['staff-overview'] as const };

/** Mit overblik: the caller's day in one request. */
export function useStaffOverview(enabled: boolean) {
  return useQuery({
    queryKey: overviewKeys.mine,
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/staff/overview')),
  });
}
