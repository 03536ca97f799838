import { ApiProblemError, type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type KpiReport = Schemas['KpiReportDto'];
export type Kpi = Schemas['KpiDto'];
export interface KpiFilters {
  from?: string;
  to?: string;
  team?: string;
}
export const kpiKeys = { report: (filters: KpiFilters, language: string) => ['kpis', filters, language] as const };

export function useKpis(filters: KpiFilters, language: string) {
  return useQuery({
    queryKey: kpiKeys.report(filters, language),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/insights/kpis', {
          params: { query: filters },
          headers: { 'accept-language': language },
        }),
      ),
    placeholderData: keepPreviousData,
    // A 4xx (no access, bad filter) will not change by asking again: show it at once.
    retry: (failures, error) => !(error instanceof ApiProblemError && error.status < 500) && failures < 3,
  });
}
