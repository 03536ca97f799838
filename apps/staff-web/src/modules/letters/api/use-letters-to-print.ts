import { type Schemas, unwrap } from '@jobunivers/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api-client';

export type LetterToPrint = Schemas['LetterToPrintDto'];
export type PrintStatus = LetterToPrint['status'];
export const letterKeys = {
  all: ['letters-to-print'] as const,
  page: (status: PrintStatus, page: number) => ['letters-to-print', status, page] as const,
};

/** Where the browser opens a letter's PDF (same origin, the session cookie signs the request). */
export const letterPdfHref = (id: string) => `/api/v1/letters-to-print/${encodeURIComponent(id)}/pdf`;

export function useLettersToPrint(status: PrintStatus, page: number) {
  return useQuery({
    queryKey: letterKeys.page(status, page),
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/letters-to-print', { params: { query: { status, page, limit: 20 } } })),
  });
}

export function useMarkPrinted() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/letters-to-print/{id}/printed', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: letterKeys.all }),
  });
}
