import { type Schemas, unwrap } from '@jobunivers/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';
import { citizenKeys, purposeHeader } from '../../citizens/api/use-citizens';

export type ContactPlan = Schemas['ContactPlanDto'];
export type ContactRequirement = ContactPlan['requirements'][number];
/** The municipality's exemptions for the citizen's target group and half-year cohort: allowed, used, left, and the allowed share. */
export type ExemptionQuota = Schemas['ExemptionQuotaDto'];

export const contactPlanKeys = {
  all: ['contact-plan'] as const,
  one: (id: string, purpose?: string) => ['contact-plan', id, purpose ?? ''] as const,
  quota: (id: string, purpose?: string) => ['contact-plan', id, 'quota', purpose ?? ''] as const,
};

/** The citizen's contact plan: the law's meeting requirements, their due dates and status, and any exemption. */
export function useContactPlan(id: string, purpose: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: contactPlanKeys.one(id, purpose),
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/citizens/{id}/contact-plan', {
          params: { path: { id }, header: purposeHeader(purpose) },
        }),
      ),
  });
}

export function useExemptionQuota(id: string, purpose: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: contactPlanKeys.quota(id, purpose),
    enabled,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/citizens/{id}/contact-exemption-quota', {
          params: { path: { id }, header: purposeHeader(purpose) },
        }),
      ),
  });
}

/** Exempting or lifting an exemption changes the plan, the quota and the timeline. */
function useInvalidatePlan() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: contactPlanKeys.all });
    void queryClient.invalidateQueries({ queryKey: citizenKeys.all });
  };
}

export function useExemptFromContact(id: string, purpose?: string) {
  const onSuccess = useInvalidatePlan();
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(
        await api.POST('/api/v1/citizens/{id}/contact-exemption', {
          params: { path: { id }, header: purposeHeader(purpose) },
          body: { reason },
        }),
      ),
    onSuccess,
  });
}

export function useLiftExemption(id: string, purpose?: string) {
  const onSuccess = useInvalidatePlan();
  return useMutation({
    mutationFn: async () =>
      unwrap(
        await api.DELETE('/api/v1/citizens/{id}/contact-exemption', {
          params: { path: { id }, header: purposeHeader(purpose) },
        }),
      ),
    onSuccess,
  });
}
