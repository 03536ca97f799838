import { ErrorAlert, usePageTitle } from '@jobunivers/web/ui';
import { useMe } from '@jobunivers/web/session';
import { useTranslation } from 'react-i18next';
import { useProfile } from '../modules/profile/api/use-profile';
import { ProfileEditor } from '../modules/profile/components/profile-editor';
import { SignedInOnly } from '../modules/session/components/signed-in-only';
import { ROUTES } from '../routes';

export function ProfilePage() {
  const { t } = useTranslation('citizen');
  const me = useMe();
  const profile = useProfile(me.data?.kind === 'citizen');
  usePageTitle(t('profile.title'), t('appName'));
  return (
    <>
      <h1>{t('profile.title')}</h1>
      <p className="font-lead">{t('profile.intro')}</p>
      <SignedInOnly returnTo={ROUTES.profile}>
        {profile.isError && <ErrorAlert onRetry={() => void profile.refetch()} />}
        {profile.isPending && <p>{t('loading', { ns: 'common' })}</p>}
        {profile.data && <ProfileEditor profile={profile.data} />}
      </SignedInOnly>
    </>
  );
}
