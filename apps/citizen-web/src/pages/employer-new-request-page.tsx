import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { EmployerOnly } from '../modules/employers/components/employer-only';
import { RequestForm } from '../modules/employers/components/request-form';
import { employerRequestPath, ROUTES } from '../routes';

/** "Ny henvendelse": the form; once sent, the request's own page says where it went. */
export function EmployerNewRequestPage() {
  return (
    <EmployerOnly returnTo={ROUTES.employerNewRequest}>
      <NewRequest />
    </EmployerOnly>
  );
}

function NewRequest() {
  const { t } = useTranslation('citizen');
  const navigate = useNavigate();
  usePageTitle(t('employer.form.title'), t('appName'));
  return (
    <>
      <h1>{t('employer.form.title')}</h1>
      <p className="font-lead">{t('employer.form.intro')}</p>
      <RequestForm onSent={(request) => navigate(employerRequestPath(request.id), { state: { sent: true } })} />
    </>
  );
}
