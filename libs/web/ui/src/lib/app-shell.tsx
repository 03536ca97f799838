import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import { ACCESSIBILITY_STATEMENT_PATH } from './accessibility-statement-page';
import { LanguageSwitch } from './language-switch';

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

export interface AppShellProps {
  appName: string;
  tagline: string;
  nav: NavItem[];
  /** Right side of the header: the user menu. */
  headerActions?: ReactNode;
  children: ReactNode;
}

/** The page frame both apps share, built from DKFDS classes: skip link, header, navigation, main, footer. */
export function AppShell({ appName, tagline, nav, headerActions, children }: AppShellProps) {
  const { t } = useTranslation('common');
  return (
    <>
      <a className="skipnav" href="#main-content">
        {t('skipLink')}
      </a>
      <header className="header">
        <div className="portal-header">
          <div className="container portal-header-inner">
            <Link to="/" className="jobunivers-logo" aria-label={appName}>
              <span aria-hidden="true">{appName}</span>
            </Link>
            <div className="portal-info">
              {headerActions}
              <LanguageSwitch />
            </div>
          </div>
        </div>
        <div className="solution-header">
          <div className="container solution-header-inner">
            <p className="solution-heading">{tagline}</p>
          </div>
        </div>
        <nav className="navigation-menu" aria-label={t('nav.main')}>
          <div className="navigation-menu-inner container">
            <ul className="mainmenu">
              {nav.map((item) => (
                <li key={item.to} className="mainmenu-item">
                  <NavLink to={item.to} end={item.end} className={({ isActive }) => `nav-link${isActive ? ' current' : ''}`}>
                    <span>{item.label}</span>
                  </NavLink>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      </header>
      <main id="main-content" tabIndex={-1} className="container page-container">
        {children}
      </main>
      <footer>
        <div className="footer">
          <div className="container">
            <p>{t('footer.operator')}</p>
            <p>
              <Link to={ACCESSIBILITY_STATEMENT_PATH}>{t('footer.accessibility')}</Link>
            </p>
            <p className="small-text">{t('footer.dataSources')}</p>
          </div>
        </div>
      </footer>
    </>
  );
}
