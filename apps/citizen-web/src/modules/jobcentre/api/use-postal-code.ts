import { ApiProblemError, unwrap } from '@jobunivers/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api-client';
import { jobcentreKeys } from './query-keys';

/** Looks up a postal code and the municipality (jobcentre) that serves it. */
export function usePostalCode(code: string | undefined) {
  return useQuery({
    queryKey: jobcentreKeys.postalCode(code ?? ''),
    queryFn: async () => unwrap(await api.GET('/api/v1/postal-codes/{code}', { params: { path: { code: code! } } })),
    enabled: !!code,
    retry: (count, error) => !(error instanceof ApiProblemError && error.status < 500) && count < 2,
    staleTime: Infinity,
  });
}
