import { type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type SelfAssessmentInput = Schemas['SelfAssessmentInputDto'];
export type MyScreening = Schemas['MyScreeningDto'];

export const caseKeys = {
  all: ['case'] as const,
  timeline: (page: number, language: string) => ['case', 'timeline', page, language] as const,
  screening: ['case', 'screening'] as const,
  selfAssessment: ['case', 'self-assessment'] as const,
};

/** My timeline (sagsgang), in the app's language. */
export function useTimeline(page: number, language: string, enabled: boolean, limit = 20) {
  return useQuery({
    queryKey: [...caseKeys.timeline(page, language), limit],
    enabled,
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/me/timeline', {
          params: { query: { page, limit } },
          headers: { 'accept-language': language },
        }),
      ),
  });
}

export function useMyScreening(enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.screening,
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/screening')),
  });
}

export function useSelfAssessment(enabled: boolean) {
  return useQuery({
    queryKey: caseKeys.selfAssessment,
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/self-assessment')).latest,
  });
}

export function useSaveSelfAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SelfAssessmentInput) => unwrap(await api.POST('/api/v1/me/self-assessment', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

export function useRequestHelp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (message: string) => unwrap(await api.POST('/api/v1/me/help-requests', { body: { message } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}

export function useCommentOnScreening() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { comment: string; requestChange: boolean }) =>
      unwrap(await api.POST('/api/v1/me/screening/comment', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: caseKeys.all }),
  });
}
