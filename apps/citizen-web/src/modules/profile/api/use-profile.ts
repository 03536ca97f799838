import { type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type Profile = Schemas['ProfileDto'];
export type ProfileInput = Schemas['ProfileInputDto'];

export const profileKeys = {
  mine: ['profile'] as const,
  occupations: (q: string) => ['occupations', q] as const,
  skills: (q: string) => ['skills', q] as const,
  occupation: (code: string) => ['occupation', code] as const,
};

export function useProfile(enabled: boolean) {
  return useQuery({
    queryKey: profileKeys.mine,
    enabled,
    queryFn: async () => unwrap(await api.GET('/api/v1/me/profile')),
  });
}

export function useSaveProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ProfileInput) => unwrap(await api.PUT('/api/v1/me/profile', { body })),
    onSuccess: (profile) => {
      queryClient.setQueryData(profileKeys.mine, profile);
      void queryClient.invalidateQueries({ queryKey: ['case'] });
    },
  });
}

/** The occupation catalogue (ISCO-08), searched as the citizen types (from 2 characters). */
export function useOccupationSearch(q: string) {
  return useQuery({
    queryKey: profileKeys.occupations(q),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/v1/occupations', { params: { query: { q, limit: 8 } } })).items,
  });
}

export function useOccupation(code: string) {
  return useQuery({
    queryKey: profileKeys.occupation(code),
    staleTime: Infinity,
    queryFn: async () => unwrap(await api.GET('/api/v1/occupations/{code}', { params: { path: { code } } })),
  });
}

export function useSkillSearch(q: string) {
  return useQuery({
    queryKey: profileKeys.skills(q),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
    queryFn: async () => unwrap(await api.GET('/api/v1/skills', { params: { query: { q } } })).items.slice(0, 8),
  });
}
