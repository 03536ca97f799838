import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';

export function HomePage() {
  const { t } = useTranslation('staff');
  usePageTitle(t('home.title'), t('appName'));
  return (
    <>
      <h1>{t('home.title')}</h1>
      <p className="font-lead">{t('home.intro')}</p>
    </>
  );
}
