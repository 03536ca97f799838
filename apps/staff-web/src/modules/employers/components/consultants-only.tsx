import { useMe } from '@jobunivers/web/session';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSULTANT_ROLES } from '../api/use-employer-requests';

/** Whether the signed-in staff member works the employer entry (employer consultant or team lead). */
export function useIsConsultant(): boolean | undefined {
  const me = useMe();
  if (me.isPending) return undefined;
  return me.data?.roles.some((r) => (CONSULTANT_ROLES as readonly string[]).includes(r)) ?? false;
}

/** The employer pages for consultants and team leads; others are told so instead of waiting or seeing an error. */
export function ConsultantsOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation('staff');
  const allowed = useIsConsultant();
  if (allowed === undefined) return <p aria-busy="true">{t('loading', { ns: 'common' })}</p>;
  if (!allowed)
    return (
      <>
        <h1>{t('employers.title')}</h1>
        <p className="alert alert-warning alert-text" data-testid="employers-forbidden">
          {t('employers.forbidden')}
        </p>
      </>
    );
  return <>{children}</>;
}
