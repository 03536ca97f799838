import { type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';
import { purposeHeader } from '../../citizens/api/use-citizens';

export type JobAd = Schemas['JobAdDto'];
export interface JobAdFilter {
  q?: string;
  mine?: 'true';
  page: number;
}

export const jobKeys = {
  all: ['jobs'] as const,
  ads: (filter: JobAdFilter, language: string) => ['jobs', 'ads', filter, language] as const,
  posting: (id: string) => ['jobs', 'posting', id] as const,
  citizen: (id: string) => ['jobs', 'citizen', id] as const,
};

export const useJobAds = (filter: JobAdFilter, language: string) =>
  useQuery({
    queryKey: jobKeys.ads(filter, language),
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/v1/job-ads', { params: { query: { ...filter, limit: 20 } } })),
  });

/** The ad as the JobPosting it was published as (the editor starts from it). */
export const useJobPosting = (id: string | undefined) =>
  useQuery({
    queryKey: jobKeys.posting(id ?? ''),
    enabled: !!id,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/job-ads/{id}', { params: { path: { id: id! } } })) as Record<string, unknown>,
  });

function useJobMutation<T, R>(run: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: jobKeys.all }),
  });
}

export const usePublishJobAd = () =>
  useJobMutation(async (posting: Record<string, unknown>) =>
    unwrap(await api.POST('/api/v1/job-ads', { body: posting as never })),
  );
export const useWithdrawJobAd = () =>
  useJobMutation(async (id: string) => unwrap(await api.DELETE('/api/v1/job-ads/{id}', { params: { path: { id } } })));

export const useCitizenMatches = (citizenId: string, purpose: string | undefined, language: string) =>
  useQuery({
    queryKey: [...jobKeys.citizen(citizenId), 'matches', purpose ?? '', language],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/citizens/{id}/job-matches', {
          params: { path: { id: citizenId }, header: purposeHeader(purpose) },
        }),
      ),
  });
export const useCitizenSuggestions = (citizenId: string, purpose: string | undefined) =>
  useQuery({
    queryKey: [...jobKeys.citizen(citizenId), 'suggestions', purpose ?? ''],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/citizens/{id}/job-suggestions', {
          params: { path: { id: citizenId }, header: purposeHeader(purpose) },
        }),
      ),
  });
export const useCitizenJoblog = (citizenId: string, purpose: string | undefined) =>
  useQuery({
    queryKey: [...jobKeys.citizen(citizenId), 'joblog', purpose ?? ''],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/citizens/{id}/joblog', {
          params: { path: { id: citizenId }, header: purposeHeader(purpose) },
        }),
      ),
  });
export const useSuggestJob = (citizenId: string, purpose?: string) =>
  useJobMutation(async (body: Schemas['SuggestJobDto']) =>
    unwrap(
      await api.POST('/api/v1/citizens/{id}/job-suggestions', {
        params: { path: { id: citizenId }, header: purposeHeader(purpose) },
        body,
      }),
    ),
  );
