import type { MunicipalityFilters } from './use-municipalities';

export const referenceKeys = {
  all: ['reference'] as const,
  municipalities: (filters: MunicipalityFilters) => ['reference', 'municipalities', filters] as const,
};
