import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CaseloadTable } from '../modules/citizens/components/caseload-table';
import { ROUTES } from '../routes';

export function CitizensPage() {
  const { t } = useTranslation('staff');
  usePageTitle(t('citizens.title'), t('appName'));
  return (
    <>
      <h1>{t('citizens.title')}</h1>
      <p>
        <Link className="button button-primary" to={ROUTES.registerCitizen}>
          {t('citizens.register')}
        </Link>
      </p>
      <CaseloadTable />
    </>
  );
}
