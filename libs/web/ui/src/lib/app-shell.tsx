import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import { ACCESSIBILITY_STATEMENT_PATH } from './accessibility-statement-page';
import { LanguageSwitch } from './language-switch';
import { MD_BREAKPOINT, useMediaQuery } from './media-query';

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

export interface AppShellProps {
  appName: string;
  tagline: string;
  nav: NavItem[];
  /** Always in the header's top row, on phones too (the notification bell). */
  headerActions?: ReactNode;
  /** The signed-in person and "Log ud" (or "Log ind"): in the header on wide screens, in the menu drawer on phones. */
  userMenu?: ReactNode;
  children: ReactNode;
}

const DRAWER_ID = 'mobile-drawer';
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/**
 * The page frame both apps share, built from DKFDS classes: skip link, header, navigation, main, footer.
 * Below DKFDS's `md` breakpoint the navigation, the user menu and the language switch move into DKFDS's
 * mobile drawer behind a "Menu" button (a modal dialog: focus moves in, Tab stays in, Escape closes and
 * focus returns to the button), so the header keeps to one short row on a phone.
 */
export function AppShell({ appName, tagline, nav, headerActions, userMenu, children }: AppShellProps) {
  const { t } = useTranslation('common');
  const wide = useMediaQuery(MD_BREAKPOINT);
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const drawer = useRef<HTMLDivElement>(null);
  const drawerOpen = open && !wide;

  const close = () => {
    setOpen(false);
    menuButton.current?.focus();
  };
  useEffect(() => {
    if (!drawerOpen) return;
    document.body.classList.add('mobile-nav-active');
    drawer.current?.querySelector<HTMLElement>('.button-menu-close')?.focus();
    return () => document.body.classList.remove('mobile-nav-active');
  }, [drawerOpen]);

  const onDrawerKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== 'Tab' || !drawer.current) return;
    const focusable = [...drawer.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const links = (
    <ul className="mainmenu">
      {nav.map((item) => (
        <li key={item.to} className="mainmenu-item">
          <NavLink
            to={item.to}
            end={item.end}
            className={({ isActive }) => `nav-link${isActive ? ' current' : ''}`}
            onClick={drawerOpen ? close : undefined}
          >
            <span>{item.label}</span>
          </NavLink>
        </li>
      ))}
    </ul>
  );

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
              {wide && userMenu}
              {wide && <LanguageSwitch />}
              {!wide && (
                <button
                  ref={menuButton}
                  type="button"
                  className="function-link button-menu-open"
                  aria-haspopup="dialog"
                  aria-expanded={drawerOpen}
                  aria-controls={DRAWER_ID}
                  onClick={() => setOpen(true)}
                >
                  <svg
                    className="icon-svg"
                    aria-hidden="true"
                    focusable="false"
                    width="24"
                    height="24"
                    viewBox="0 0 24 24"
                  >
                    <path fill="currentColor" d="M3 6h18v2H3zm0 5h18v2H3zm0 5h18v2H3z" />
                  </svg>
                  {t('nav.menu')}
                </button>
              )}
            </div>
          </div>
        </div>
        <div className="solution-header">
          <div className="container solution-header-inner">
            <p className="solution-heading">{tagline}</p>
          </div>
        </div>
        {wide ? (
          <nav className="navigation-menu" aria-label={t('nav.main')}>
            <div className="navigation-menu-inner container">{links}</div>
          </nav>
        ) : (
          <>
            <div className={`overlay${drawerOpen ? ' is-visible' : ''}`} onClick={close} aria-hidden="true" />
            <div
              ref={drawer}
              id={DRAWER_ID}
              className={`mobile-drawer${drawerOpen ? ' is-visible' : ''}`}
              role="dialog"
              aria-modal="true"
              aria-labelledby="mobile-drawer-heading"
              hidden={!drawerOpen}
              onKeyDown={onDrawerKeyDown}
            >
              <div className="menu-top">
                <h2 id="mobile-drawer-heading" className="menu-heading">
                  {t('nav.menu')}
                </h2>
                <button
                  type="button"
                  className="function-link button-menu-close"
                  aria-label={t('nav.closeLabel')}
                  onClick={close}
                >
                  {t('nav.close')}
                </button>
              </div>
              <nav className="navigation-menu-mobile" aria-label={t('nav.main')}>
                {links}
              </nav>
              <div className="portal-info-mobile">
                {userMenu}
                <LanguageSwitch />
              </div>
            </div>
          </>
        )}
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
