import { unwrap } from '@jobunivers/api-client';
import { downloadFile } from '@jobunivers/web/ui';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api-client';

/** Fetches everything held about me and saves it as a JSON file (the browser's download). */
export function useDownloadMyData() {
  return useMutation({
    mutationFn: async (language: string) => {
      const data = unwrap(await api.GET('/api/v1/me/export', { headers: { 'accept-language': language } }));
      downloadFile(
        `jobunivers-mine-data-${new Date().toISOString().slice(0, 10)}.json`,
        JSON.stringify(data, null, 2),
        'application/json',
      );
      return Object.keys(data as object).length;
    },
  });
}
