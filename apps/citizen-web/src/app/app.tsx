import {
  ACCESSIBILITY_STATEMENT_PATH,
  AccessibilityStatementPage,
  AppShell,
  ErrorBoundary,
  NotFoundPage,
  PageSuspense,
  ServerUnreachable,
  UserMenu,
} from '@jobunivers/web/ui';
import { useTranslation } from 'react-i18next';
import type { ComponentType } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router-dom';
import { NotificationBell } from '@jobunivers/web/notifications';
import { useMe } from '@jobunivers/web/session';
import { OfflineBanner, OfflineReadOnly } from '../modules/offline/components/offline-banner';
import { useEmployerLive, useEmployerSignOut } from '../modules/employers/api/use-employer-session';
import { useCitizenSignOut } from '../modules/session/api/use-citizen-sign-out';
import {
  AccessLogPage,
  BookMeetingPage,
  ConversationPage,
  EmployerHomePage,
  EmployerNewRequestPage,
  EmployerPlacementsPage,
  EmployerRequestPage,
  EmployerVisibilityPage,
  ForCitizensOnly,
  HelpPage,
  HomePage,
  JobPage,
  JobSearchPage,
  JoblogPage,
  JobsPage,
  MeetingPage,
  MeetingsPage,
  MessagesPage,
  MyDataPage,
  MyScreeningPage,
  NotRegisteredPage,
  NotificationsPage,
  OfferPage,
  OffersPage,
  PlanPage,
  ProfilePage,
  SavedJobsPage,
  SelfAssessmentPage,
  SettingsPage,
  SignInErrorPage,
  TimelinePage,
} from './pages';
import { employerSignInHref, inEmployerSection, ROUTES, signInHref } from '../routes';

/** The citizen's pages: an employer never sees them (each answers "this page is for citizens" instead). */
const CITIZEN_ROUTES: Array<[path: string, page: ComponentType]> = [
  [ROUTES.overview, HomePage],
  [ROUTES.meetings, MeetingsPage],
  [ROUTES.bookMeeting, BookMeetingPage],
  [ROUTES.meeting, MeetingPage],
  [ROUTES.plan, PlanPage],
  [ROUTES.jobs, JobsPage],
  [ROUTES.jobSearch, JobSearchPage],
  [ROUTES.savedJobs, SavedJobsPage],
  [ROUTES.job, JobPage],
  [ROUTES.joblog, JoblogPage],
  [ROUTES.offers, OffersPage],
  [ROUTES.offer, OfferPage],
  [ROUTES.myData, MyDataPage],
  [ROUTES.accessLog, AccessLogPage],
  [ROUTES.timeline, TimelinePage],
  [ROUTES.profile, ProfilePage],
  [ROUTES.screening, MyScreeningPage],
  [ROUTES.selfAssessment, SelfAssessmentPage],
  [ROUTES.help, HelpPage],
  [ROUTES.notifications, NotificationsPage],
  [ROUTES.messages, MessagesPage],
  [ROUTES.conversation, ConversationPage],
  [ROUTES.settings, SettingsPage],
  [ROUTES.employerVisibility, EmployerVisibilityPage],
  [ROUTES.notRegistered, NotRegisteredPage],
];

/** "For virksomheder": the employer section's pages (each tells a visitor how to sign in, and a citizen what it is). */
const EMPLOYER_ROUTES: Array<[path: string, page: ComponentType]> = [
  [ROUTES.employer, EmployerHomePage],
  [ROUTES.employerNewRequest, EmployerNewRequestPage],
  [ROUTES.employerRequest, EmployerRequestPage],
  [ROUTES.employerPlacements, EmployerPlacementsPage],
];

export function App() {
  const { t } = useTranslation('citizenShell');
  const location = useLocation();
  const me = useMe();
  const citizenSignOut = useCitizenSignOut();
  const employerSignOut = useEmployerSignOut();
  useEmployerLive();
  const kind = me.data?.kind;
  const employer = kind === 'employer';
  // Two audiences, two entrances: a company (signed in, or a visitor in the employer section) gets the employer
  // navigation; a citizen gets theirs; a visitor on the citizen side sees the citizen's with "For virksomheder".
  const employerSide = employer || (!me.data && inEmployerSection(location.pathname));
  const citizenNav = [
    { to: ROUTES.overview, label: t('nav.overview'), end: true },
    { to: ROUTES.meetings, label: t('nav.meetings') },
    { to: ROUTES.plan, label: t('nav.plan') },
    { to: ROUTES.jobs, label: t('nav.jobs') },
    { to: ROUTES.joblog, label: t('nav.joblog') },
    { to: ROUTES.messages, label: t('nav.messages') },
    { to: ROUTES.profile, label: t('nav.profile') },
    { to: ROUTES.timeline, label: t('nav.timeline') },
    { to: ROUTES.screening, label: t('nav.screening') },
    { to: ROUTES.myData, label: t('nav.myData') },
    { to: ROUTES.settings, label: t('nav.settings') },
  ];
  const nav = employer
    ? [
        { to: ROUTES.employer, label: t('employer.nav.requests'), end: true },
        { to: ROUTES.employerNewRequest, label: t('employer.nav.newRequest') },
        { to: ROUTES.employerPlacements, label: t('employer.nav.placements') },
      ]
    : employerSide
      ? [
          { to: ROUTES.employer, label: t('nav.forEmployers') },
          { to: ROUTES.overview, label: t('nav.forCitizens'), end: true },
        ]
      : me.data
        ? citizenNav
        : [...citizenNav, { to: ROUTES.employer, label: t('nav.forEmployers') }];
  // The server cannot be reached (network, 5xx): say so with a retry — never "Log ind" to someone who may be signed in.
  const unreachable = me.isError;
  const bell = <NotificationBell to={ROUTES.notifications} signedIn={kind === 'citizen'} />;
  const userMenu = unreachable ? undefined : employer ? (
    <UserMenu
      name={t('employer.signedInAs', { name: me.data?.name, company: me.data?.companyName })}
      signInHref={employerSignInHref(ROUTES.employer)}
      onSignOut={() => employerSignOut.mutate()}
      signingOut={employerSignOut.isPending}
    />
  ) : (
    <UserMenu
      name={me.data?.name}
      signInHref={employerSide ? employerSignInHref(location.pathname) : signInHref(location.pathname)}
      onSignOut={() => citizenSignOut.mutate()}
      signingOut={citizenSignOut.isPending}
    />
  );
  const accessibility = (
    <Route
      path={ACCESSIBILITY_STATEMENT_PATH}
      element={<AccessibilityStatementPage appName={t('appName')} contactEmail="tilgaengelighed@jobunivers.dk" />}
    />
  );
  return (
    <AppShell
      appName={t('appName')}
      tagline={employerSide ? t('employer.tagline') : t('appTagline')}
      nav={nav}
      headerActions={bell}
      userMenu={userMenu}
    >
      <ErrorBoundary resetKey={location.pathname}>
        <OfflineBanner />
        {unreachable ? (
          <ServerUnreachable appName={t('appName')} onRetry={() => void me.refetch()} retrying={me.isFetching} />
        ) : (
          <OfflineReadOnly>
            <PageSuspense>
              {employer ? (
                <Routes>
                  {EMPLOYER_ROUTES.map(([path, Page]) => (
                    <Route key={path} path={path} element={<Page />} />
                  ))}
                  {/* A company landing on the front page goes to its own; a citizen's page says it is for citizens. */}
                  <Route path={ROUTES.overview} element={<Navigate to={ROUTES.employer} replace />} />
                  {CITIZEN_ROUTES.filter(([path]) => path !== ROUTES.overview).map(([path]) => (
                    <Route key={path} path={path} element={<ForCitizensOnly />} />
                  ))}
                  <Route path={ROUTES.signInError} element={<SignInErrorPage />} />
                  {accessibility}
                  <Route path="*" element={<NotFoundPage />} />
                </Routes>
              ) : (
                <Routes>
                  {CITIZEN_ROUTES.map(([path, Page]) => (
                    <Route key={path} path={path} element={<Page />} />
                  ))}
                  {EMPLOYER_ROUTES.map(([path, Page]) => (
                    <Route key={path} path={path} element={<Page />} />
                  ))}
                  <Route path={ROUTES.signInError} element={<SignInErrorPage />} />
                  {accessibility}
                  <Route path="*" element={<NotFoundPage />} />
                </Routes>
              )}
            </PageSuspense>
          </OfflineReadOnly>
        )}
        {kind === 'citizen' && location.pathname !== ROUTES.help && (
          <p className="talk-to-person">
            <Link to={ROUTES.help}>{t('help.link')}</Link>
          </p>
        )}
      </ErrorBoundary>
    </AppShell>
  );
}

export default App;
