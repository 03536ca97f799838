import { formatTime } from '@jobunivers/web/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOfflineSince } from '../api/offline-state';

/** "Offline — vist som det så ud kl. 10.30" above the page while it shows saved answers. */
export function OfflineBanner() {
  const { t, i18n } = useTranslation('citizenShell');
  const since = useOfflineSince();
  if (!since) return null;
  return (
    <div className="alert alert-warning offline-banner" role="status" data-testid="offline-banner">
      <div className="alert-body">
        <p className="alert-heading">{t('offline.banner', { time: formatTime(since, i18n.language) })}</p>
        <p className="alert-text">{t('offline.readOnly')}</p>
      </div>
    </div>
  );
}

/** While offline the page is read-only: every form control below is disabled (links still lead to saved pages). */
export function OfflineReadOnly({ children }: { children: ReactNode }) {
  const since = useOfflineSince();
  if (!since) return children;
  return (
    <fieldset disabled className="offline-read-only" data-testid="offline-read-only">
      {children}
    </fieldset>
  );
}
