import { useTranslation } from 'react-i18next';

export interface UserMenuProps {
  /** The signed-in person's name; undefined when nobody is signed in. */
  name?: string;
  /** Where "Log ind" leads (a full page navigation, e.g. to NemLog-in). */
  signInHref: string;
  onSignOut: () => void;
  signingOut?: boolean;
}

/** "Logget ind som …" with "Log ud", or "Log ind" — in the header of both apps. */
export function UserMenu({ name, signInHref, onSignOut, signingOut }: UserMenuProps) {
  const { t } = useTranslation('common');
  if (!name) {
    return (
      <a className="button button-secondary user-menu-sign-in" href={signInHref}>
        {t('auth.signIn')}
      </a>
    );
  }
  return (
    <div className="user-menu">
      <span className="user-menu-name">{t('auth.signedInAs', { name })}</span>
      <button type="button" className="button button-secondary" onClick={onSignOut} disabled={signingOut}>
        {t('auth.signOut')}
      </button>
    </div>
  );
}
