import { type Schemas, unwrap } from '@jobunivers/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type EmployerVisibility = Schemas['EmployerVisibilityDto'];
export type VisibilityLevel = EmployerVisibility['level'];
export type EmployerInvitation = Schemas['EmployerInvitationDto'];

export const VISIBILITY_LEVELS = ['hidden', 'anonymous', 'named'] as const satisfies VisibilityLevel[];

export const visibilityKeys = {
  all: ['employer-visibility'] as const,
  mine: ['employer-visibility', 'mine'] as const,
  invitations: (language: string) => ['employer-visibility', 'invitations', language] as const,
};

/** How companies may see me: hidden (the default), anonymous or named. */
export function useEmployerVisibility() {
  return useQuery({
    queryKey: visibilityKeys.mine,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/employer-visibility')),
  });
}

export function useSaveEmployerVisibility() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['EmployerVisibilityInputDto']) =>
      unwrap(await api.PUT('/api/v1/me/employer-visibility', { body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(visibilityKeys.mine, saved);
      // The invitations say what the company will see: my level now.
      void queryClient.invalidateQueries({ queryKey: visibilityKeys.all });
    },
  });
}

/** Companies I was proposed to, newest first, with my answers (occupations in the reader's language). */
export function useEmployerInvitations(language: string) {
  return useQuery({
    queryKey: visibilityKeys.invitations(language),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/me/employer-invitations', { headers: { 'accept-language': language } })).items,
  });
}

export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, accept }: { id: string; accept: boolean }) =>
      unwrap(
        await api.POST('/api/v1/me/employer-invitations/{id}/answer', { params: { path: { id } }, body: { accept } }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: visibilityKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['case'] });
    },
  });
}

/** Takes back an accepted invitation: the company loses access at once. */
export function useWithdrawConsent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/me/employer-invitations/{id}/withdraw', { params: { path: { id } } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: visibilityKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['case'] });
    },
  });
}
