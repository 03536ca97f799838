import { useSearchParams } from 'react-router-dom';

/**
 * Filters, sorting and page kept in the URL (shareable, survive reloads): the current values, and
 * an update that sets or (for empty values) removes keys without adding history entries.
 */
export function useUrlFilters(): [URLSearchParams, (changes: Record<string, string | undefined>) => void] {
  const [params, setParams] = useSearchParams();
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return [params, update];
}
