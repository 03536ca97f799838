import { useMe } from '@jobunivers/web/session';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { signInHref } from '../../../routes';

/** Shows the page's content to a signed-in citizen; otherwise one clear next step: sign in and come back here. */
export function SignedInOnly({ returnTo, children }: { returnTo: string; children: ReactNode }) {
  const { t } = useTranslation('citizen');
  const me = useMe();
  if (me.isPending) return <p>{t('loading', { ns: 'common' })}</p>;
  if (!me.data || me.data.kind !== 'citizen') {
    return (
      <p>
        <a className="button button-primary" href={signInHref(returnTo)}>
          {t('auth.signIn', { ns: 'common' })}
        </a>{' '}
        {t('signInFirst')}
      </p>
    );
  }
  return <>{children}</>;
}
