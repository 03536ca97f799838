import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { MunicipalityTable } from '../modules/reference/components/municipality-table';

export function MunicipalitiesPage() {
  const { t } = useTranslation('staff');
  usePageTitle(t('municipalities.title'), t('appName'));
  return (
    <>
      <h1>{t('municipalities.title')}</h1>
      <p>{t('municipalities.intro')}</p>
      <MunicipalityTable />
    </>
  );
}
