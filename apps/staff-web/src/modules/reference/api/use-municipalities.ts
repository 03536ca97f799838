import { type paths, unwrap } from '@jobunivers/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../api-client';
import { referenceKeys } from './query-keys';

export type MunicipalityFilters = NonNullable<paths['/api/v1/municipalities']['get']['parameters']['query']>;

export function useMunicipalities(filters: MunicipalityFilters) {
  return useQuery({
    queryKey: referenceKeys.municipalities(filters),
    queryFn: async () => unwrap(await api.GET('/api/v1/municipalities', { params: { query: filters } })),
    placeholderData: keepPreviousData,
  });
}
