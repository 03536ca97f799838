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
import { Link, Route, Routes, useLocation } from 'react-router-dom';
import { NotificationBell } from '@jobunivers/web/notifications';
import { useMe } from '@jobunivers/web/session';
import { OfflineBanner, OfflineReadOnly } from '../modules/offline/components/offline-banner';
import { useCitizenSignOut } from '../modules/session/api/use-citizen-sign-out';
import {
  AccessLogPage,
  BookMeetingPage,
  ConversationPage,
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
import { ROUTES, signInHref } from '../routes';

export function App() {
  const { t } = useTranslation('citizen');
  const location = useLocation();
  const me = useMe();
  const signOut = useCitizenSignOut();
  const nav = [
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
  // The server cannot be reached (network, 5xx): say so with a retry — never "Log ind" to someone who may be signed in.
  const unreachable = me.isError;
  const bell = <NotificationBell to={ROUTES.notifications} signedIn={me.data?.kind === 'citizen'} />;
  const userMenu = unreachable ? undefined : (
    <UserMenu
      name={me.data?.name}
      signInHref={signInHref(location.pathname)}
      onSignOut={() => signOut.mutate()}
      signingOut={signOut.isPending}
    />
  );
  return (
    <AppShell appName={t('appName')} tagline={t('appTagline')} nav={nav} headerActions={bell} userMenu={userMenu}>
      <ErrorBoundary resetKey={location.pathname}>
        <OfflineBanner />
        {unreachable ? (
          <ServerUnreachable appName={t('appName')} onRetry={() => void me.refetch()} retrying={me.isFetching} />
        ) : (
          <OfflineReadOnly>
            <PageSuspense>
              <Routes>
                <Route path={ROUTES.overview} element={<HomePage />} />
                <Route path={ROUTES.meetings} element={<MeetingsPage />} />
                <Route path={ROUTES.bookMeeting} element={<BookMeetingPage />} />
                <Route path={ROUTES.meeting} element={<MeetingPage />} />
                <Route path={ROUTES.plan} element={<PlanPage />} />
                <Route path={ROUTES.jobs} element={<JobsPage />} />
                <Route path={ROUTES.jobSearch} element={<JobSearchPage />} />
                <Route path={ROUTES.savedJobs} element={<SavedJobsPage />} />
                <Route path={ROUTES.job} element={<JobPage />} />
                <Route path={ROUTES.joblog} element={<JoblogPage />} />
                <Route path={ROUTES.offers} element={<OffersPage />} />
                <Route path={ROUTES.offer} element={<OfferPage />} />
                <Route path={ROUTES.myData} element={<MyDataPage />} />
                <Route path={ROUTES.accessLog} element={<AccessLogPage />} />
                <Route path={ROUTES.timeline} element={<TimelinePage />} />
                <Route path={ROUTES.profile} element={<ProfilePage />} />
                <Route path={ROUTES.screening} element={<MyScreeningPage />} />
                <Route path={ROUTES.selfAssessment} element={<SelfAssessmentPage />} />
                <Route path={ROUTES.help} element={<HelpPage />} />
                <Route path={ROUTES.notifications} element={<NotificationsPage />} />
                <Route path={ROUTES.messages} element={<MessagesPage />} />
                <Route path={ROUTES.conversation} element={<ConversationPage />} />
                <Route path={ROUTES.settings} element={<SettingsPage />} />
                <Route path={ROUTES.notRegistered} element={<NotRegisteredPage />} />
                <Route path={ROUTES.signInError} element={<SignInErrorPage />} />
                <Route
                  path={ACCESSIBILITY_STATEMENT_PATH}
                  element={
                    <AccessibilityStatementPage appName={t('appName')} contactEmail="tilgaengelighed@jobunivers.dk" />
                  }
                />
                <Route path="*" element={<NotFoundPage />} />
              </Routes>
            </PageSuspense>
          </OfflineReadOnly>
        )}
        {me.data?.kind === 'citizen' && location.pathname !== ROUTES.help && (
          <p className="talk-to-person">
            <Link to={ROUTES.help}>{t('help.link')}</Link>
          </p>
        )}
      </ErrorBoundary>
    </AppShell>
  );
}

export default App;
