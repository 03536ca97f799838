import { unwrap } from '@jobunivers/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../api-client';

/** Fetches everything held about me and saves it as a JSON file (the browser's download). */
export function useDownloadMyData() {
  return useMutation({
    mutationFn: async (language: string) => {
      const data = unwrap(await api.GET('/api/v1/me/export', { headers: { 'accept-language': language } }));
      const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `jobunivers-mine-data-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return Object.keys(data as object).length;
    },
  });
}
