import { useMe } from '@jobunivers/web/session';
import { usePageTitle } from '@jobunivers/web/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmployerLanding } from './employer-landing';
import { ForEmployersOnly } from './not-for-employers';

function Landing({ returnTo }: { returnTo: string }) {
  const { t } = useTranslation('citizen');
  usePageTitle(t('employer.landing.title'), t('appName'));
  return <EmployerLanding returnTo={returnTo} />;
}

/**
 * The employer section's pages are for a company signed in with MitID Erhverv: a visitor sees what the section
 * offers and how to sign in (coming back here); a signed-in citizen is told politely that this part is for companies.
 */
export function EmployerOnly({ returnTo, children }: { returnTo: string; children: ReactNode }) {
  const { t } = useTranslation('citizen');
  const me = useMe();
  if (me.isPending) return <p>{t('loading', { ns: 'common' })}</p>;
  if (!me.data) return <Landing returnTo={returnTo} />;
  if (me.data.kind !== 'employer') return <ForEmployersOnly />;
  return children;
}
