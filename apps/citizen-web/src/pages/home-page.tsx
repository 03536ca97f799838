import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { FindJobcentre } from '../modules/jobcentre/components/find-jobcentre';

export function HomePage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('home.title'), t('appName'));
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="font-lead">{t('home.intro')}</p>
      <p>{t('home.comingSoon')}</p>
      <FindJobcentre />
    </>
  );
}
