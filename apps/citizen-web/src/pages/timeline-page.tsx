import { ErrorAlert, Pagination, usePageTitle } from '@jobunivers/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '@jobunivers/web/session';
import { useTimeline } from '../modules/case/api/use-case';
import { TimelineList } from '../modules/case/components/timeline-list';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { ROUTES } from '../routes';

export function TimelinePage() {
  const { t, i18n } = useTranslation('citizen');
  const me = useMe();
  const [page, setPage] = useState(1);
  const timeline = useTimeline(page, i18n.language, me.data?.kind === 'citizen');
  usePageTitle(t('timeline.title'), t('appName'));
  return (
    <>
      <h1>{t('timeline.title')}</h1>
      <p className="font-lead">{t('timeline.intro')}</p>
      <SignedInOnly returnTo={ROUTES.timeline}>
        {timeline.isError && <ErrorAlert onRetry={() => void timeline.refetch()} />}
        {timeline.isPending && <p>{t('loading', { ns: 'common' })}</p>}
        {timeline.data && timeline.data.total === 0 && (
          <p className="alert alert-info alert-text">{t('timeline.empty')}</p>
        )}
        {timeline.data && <TimelineList items={timeline.data.items} />}
        {timeline.data && (
          <Pagination
            page={timeline.data.page}
            totalPages={timeline.data.totalPages}
            total={timeline.data.total}
            onPage={setPage}
          />
        )}
      </SignedInOnly>
    </>
  );
}
