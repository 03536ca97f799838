import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { ScreeningQueue } from '../modules/screening/components/screening-queue';

export function ScreeningQueuePage() {
  const { t } = useTranslation('staff');
  usePageTitle(t('queue.title'), t('appName'));
  return (
    <>
      <h1>{t('queue.title')}</h1>
      <p>{t('queue.intro')}</p>
      <ScreeningQueue />
    </>
  );
}
