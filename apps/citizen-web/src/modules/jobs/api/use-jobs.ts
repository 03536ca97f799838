import { type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useServerText } from '@jobunivers/web/i18n/app';
import { api } from '../../../api-client';

export type JobAd = Schemas['JobAdDto'];
export type JobMatch = Schemas['JobMatchDto'];
type JobMatches = Schemas['JobMatchesDto'];
export type JobSuggestion = Schemas['JobSuggestionDto'];
export interface JobSearch {
  q?: string;
  occupation?: string;
  radiusKm?: number;
  hours?: 'full_time' | 'part_time';
  page: number;
}

export const jobKeys = {
  all: ['jobs'] as const,
  matches: (language: string) => ['jobs', 'matches', language] as const,
  match: (id: string, language: string) => ['jobs', 'match', id, language] as const,
  search: (filter: JobSearch, language: string) => ['jobs', 'search', filter, language] as const,
  saved: ['jobs', 'saved'] as const,
  suggestions: ['jobs', 'suggestions'] as const,
  alerts: ['jobs', 'alerts'] as const,
};

export const useJobMatches = (language: string) =>
  useQuery({
    queryKey: jobKeys.matches(language),
    queryFn: async () => unwrap(await api.GET('/api/v1/me/job-matches')),
  });
export const useJobMatch = (id: string, language: string) =>
  useQuery({
    queryKey: jobKeys.match(id, language),
    queryFn: async () => unwrap(await api.GET('/api/v1/me/job-matches/{id}', { params: { path: { id } } })),
  });
export const useJobSearch = (filter: JobSearch, language: string) =>
  useQuery({
    queryKey: jobKeys.search(filter, language),
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/v1/job-ads', { params: { query: { ...filter, limit: 20 } } })),
  });
export const useSavedJobs = () =>
  useQuery({ queryKey: jobKeys.saved, queryFn: async () => unwrap(await api.GET('/api/v1/me/saved-jobs')) });
export const useJobSuggestions = () =>
  useQuery({ queryKey: jobKeys.suggestions, queryFn: async () => unwrap(await api.GET('/api/v1/me/job-suggestions')) });
export const useJobAlerts = () =>
  useQuery({ queryKey: jobKeys.alerts, queryFn: async () => unwrap(await api.GET('/api/v1/me/job-alerts')) });

function useJobMutation<T, R>(run: (input: T) => Promise<R>, onDone?: (input: T, queryClient: QueryClient) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (_data, input) => {
      onDone?.(input, queryClient);
      void queryClient.invalidateQueries({ queryKey: jobKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['joblog'] });
    },
  });
}

export const useSaveJob = () =>
  useJobMutation(async ({ id, saved }: { id: string; saved: boolean }) =>
    unwrap(
      saved
        ? await api.PUT('/api/v1/me/saved-jobs/{id}', { params: { path: { id } } })
        : await api.DELETE('/api/v1/me/saved-jobs/{id}', { params: { path: { id } } }),
    ),
  );
/** "Not relevant" takes the ad out of the cached matches at once: back on the list it is gone, before the refetch. */
export const useNotRelevant = () =>
  useJobMutation(
    async ({ id, notRelevant, reason }: { id: string; notRelevant: boolean; reason?: string }) =>
      unwrap(
        notRelevant
          ? await api.PUT('/api/v1/me/job-ads/{id}/not-relevant', {
              params: { path: { id } },
              body: reason ? { reason } : {},
            })
          : await api.DELETE('/api/v1/me/job-ads/{id}/not-relevant', { params: { path: { id } } }),
      ),
    ({ id, notRelevant }, queryClient) => {
      if (notRelevant)
        queryClient.setQueriesData<JobMatches>(
          { queryKey: ['jobs', 'matches'] },
          (old) => old && { ...old, items: old.items.filter((m) => m.jobAd.id !== id) },
        );
    },
  );
export const useAnswerSuggestion = () =>
  useJobMutation(async ({ id, ...body }: Schemas['SuggestionAnswerDto'] & { id: string }) =>
    unwrap(await api.POST('/api/v1/me/job-suggestions/{id}/answer', { params: { path: { id } }, body })),
  );
export const useLogFromAd = () =>
  useJobMutation(async (body: Schemas['JoblogInputDto']) => unwrap(await api.POST('/api/v1/me/joblog', { body })));
export const useAlertMode = () =>
  useJobMutation(async (mode: Schemas['AlertSettingsDto']['mode']) =>
    unwrap(await api.PUT('/api/v1/me/job-alerts/settings', { body: { mode } })),
  );

/** A match's reasons worded from the app's texts in the reader's language (the server's wording as fallback). */
export function useMatchReasons(): (match: Pick<JobMatch, 'reasons' | 'reasonCodes'>) => string[] {
  const text = useServerText();
  return (match) =>
    match.reasonCodes.map((r, i) =>
      text('matchReasons', { code: r.code, params: r.params, fallback: match.reasons[i] }),
    );
}
