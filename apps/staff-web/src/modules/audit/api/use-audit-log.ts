import { type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type AuditEvent = Schemas['AuditEventDto'];
export interface AuditFilter {
  citizenId?: string;
  actorId?: string;
  /** YYYY-MM-DD, inclusive (Copenhagen day). */
  from?: string;
  /** YYYY-MM-DD, inclusive (Copenhagen day). */
  to?: string;
  page: number;
}

export const auditKeys = { search: (filter: AuditFilter) => ['audit', filter] as const };

/** The day after a YYYY-MM-DD date: the API's `to` is exclusive, the form's "to" day is included. */
const nextDay = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

export function useAuditLog(filter: AuditFilter, enabled: boolean) {
  return useQuery({
    queryKey: auditKeys.search(filter),
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/audit', {
          params: {
            query: {
              page: filter.page,
              limit: 50,
              citizenId: filter.citizenId,
              actorId: filter.actorId,
              from: filter.from,
              to: filter.to ? nextDay(filter.to) : undefined,
            },
          },
        }),
      ),
  });
}
