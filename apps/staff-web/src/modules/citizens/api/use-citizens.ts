import { type Schemas, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type CitizenListItem = Schemas['CitizenListItemDto'];
export type Citizen = Schemas['CitizenDto'];
export type NewCitizen = Schemas['RegisterCitizenDto'];
export type RegisteredCitizen = Schemas['RegisteredCitizenDto'];
export interface CaseloadFilter {
  assignedTo: 'me' | 'all';
  q?: string;
  page: number;
}

export const citizenKeys = {
  all: ['citizens'] as const,
  caseload: (filter: CaseloadFilter) => ['citizens', 'caseload', filter] as const,
  one: (id: string, purpose?: string) => ['citizens', id, purpose ?? ''] as const,
  timeline: (id: string, purpose?: string) => ['citizens', id, 'timeline', purpose ?? ''] as const,
};

/** The X-Access-Purpose header for staff reads outside the caseload (none when no purpose is given). */
export const purposeHeader = (purpose?: string): { 'x-access-purpose'?: string } =>
  purpose ? { 'x-access-purpose': purpose } : {};

export function useCaseload(filter: CaseloadFilter) {
  return useQuery({
    queryKey: citizenKeys.caseload(filter),
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/citizens', {
          params: {
            query: { assignedTo: filter.assignedTo, q: filter.q, page: filter.page, limit: 25, status: 'active' },
          },
        }),
      ),
  });
}

export function useRegisterCitizen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewCitizen) => unwrap(await api.POST('/api/v1/citizens', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: citizenKeys.all }),
  });
}

/** One citizen; outside one's caseload the API wants a purpose (403 `purpose_required` until given). */
export function useCitizen(id: string, purpose?: string) {
  return useQuery({
    queryKey: citizenKeys.one(id, purpose),
    retry: false,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/citizens/{id}', { params: { path: { id }, header: purposeHeader(purpose) } })),
  });
}

export function useCitizenTimeline(id: string, purpose: string | undefined, enabled: boolean, language: string) {
  return useQuery({
    queryKey: [...citizenKeys.timeline(id, purpose), language],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/citizens/{id}/timeline', {
          params: { path: { id }, query: { limit: 50 }, header: purposeHeader(purpose) },
          headers: { 'accept-language': language },
        }),
      ),
  });
}

export function useRevealCpr(id: string, purpose?: string) {
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/citizens/{id}/cpr/reveal', {
          params: { path: { id }, header: purposeHeader(purpose) },
        }),
      ),
  });
}

export function useCitizenProfile(id: string, purpose: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['citizens', id, 'profile', purpose ?? ''],
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/citizens/{id}/profile', { params: { path: { id }, header: purposeHeader(purpose) } }),
      ),
  });
}

/** Titles of occupation codes (public catalogue), for showing a profile. */
export function useOccupationTitles(codes: string[]) {
  return useQuery({
    queryKey: ['occupations', 'titles', codes],
    enabled: codes.length > 0,
    staleTime: Infinity,
    queryFn: async () =>
      Promise.all(
        codes.map(async (code) => unwrap(await api.GET('/api/v1/occupations/{code}', { params: { path: { code } } }))),
      ),
  });
}

export function useReassign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (caseworkerId: string) =>
      unwrap(await api.PATCH('/api/v1/citizens/{id}/assignment', { params: { path: { id } }, body: { caseworkerId } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: citizenKeys.all }),
  });
}

export function useReportOutcome(id: string, purpose?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: Schemas['OutcomeDto']) =>
      unwrap(
        await api.POST('/api/v1/citizens/{id}/outcome', {
          params: { path: { id }, header: purposeHeader(purpose) },
          body,
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: citizenKeys.all }),
  });
}
