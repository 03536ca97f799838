import { usePageTitle } from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import { RegisterCitizenForm } from '../modules/citizens/components/register-citizen-form';

export function RegisterCitizenPage() {
  const { t } = useTranslation('staff');
  usePageTitle(t('register.title'), t('appName'));
  return (
    <>
      <h1>{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      <RegisterCitizenForm />
    </>
  );
}
