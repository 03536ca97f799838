import { type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A route's page loaded on first visit (its own chunk), from a module exporting it by name:
 * `const PlanPage = lazyPage(() => import('../pages/plan-page'), 'PlanPage')`.
 */
export function lazyPage<K extends string, M extends Record<K, ComponentType>>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}

/** Shows an announced "Loading …" while a lazy page's chunk arrives; a chunk that fails reaches the ErrorBoundary above. */
export function PageSuspense({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <Suspense
      fallback={
        <p role="status" aria-live="polite" data-testid="page-loading">
          {t('loading')}
        </p>
      }
    >
      {children}
    </Suspense>
  );
}
