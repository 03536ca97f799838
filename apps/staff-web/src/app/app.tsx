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
import { Route, Routes, useLocation } from 'react-router-dom';
import { NotificationBell } from '@jobunivers/web/notifications';
import { useMe, useSignOut } from '@jobunivers/web/session';
import {
  AnnouncementsPage,
  ApiClientWebhookPage,
  ApiClientsPage,
  ApprovalsPage,
  AuditPage,
  AvailabilityPage,
  CalendarPage,
  CitizenPage,
  CitizensPage,
  EmployerRequestPage,
  EmployerRequestsPage,
  HomePage,
  InboxPage,
  JobAdsPage,
  KnowledgeBasePage,
  KpisPage,
  LettersToPrintPage,
  MeetingPage,
  MunicipalitiesPage,
  NotificationsPage,
  OffersPage,
  RegisterCitizenPage,
  ScreeningQueuePage,
  SignInPage,
  StaffConversationPage,
  StaffUsersPage,
} from './pages';
import { ROUTES } from '../routes';

export function App() {
  const { t } = useTranslation('staff');
  const location = useLocation();
  const me = useMe();
  const signOut = useSignOut();
  const roles = me.data?.roles ?? [];
  const nav = [
    { to: ROUTES.overview, label: t('nav.overview'), end: true },
    ...(roles.includes('caseworker') || roles.includes('team_lead')
      ? [
          { to: ROUTES.inbox, label: t('nav.inbox') },
          { to: ROUTES.citizens, label: t('nav.citizens') },
          { to: ROUTES.calendar, label: t('nav.calendar') },
          { to: ROUTES.screeningQueue, label: t('nav.screeningQueue') },
          { to: ROUTES.approvals, label: t('nav.approvals') },
        ]
      : []),
    ...(roles.includes('employer_consultant') || roles.includes('team_lead')
      ? [{ to: ROUTES.employers, label: t('nav.employers') }]
      : []),
    ...(roles.length ? [{ to: ROUTES.lettersToPrint, label: t('nav.lettersToPrint') }] : []),
    ...(roles.length
      ? [
          { to: ROUTES.offers, label: t('nav.offers') },
          { to: ROUTES.jobAds, label: t('nav.jobAds') },
        ]
      : []),
    { to: ROUTES.municipalities, label: t('nav.municipalities') },
    ...(roles.includes('municipality_admin') ? [{ to: ROUTES.apiClients, label: t('nav.apiClients') }] : []),
    ...(roles.includes('municipality_admin') || roles.includes('team_lead')
      ? [{ to: ROUTES.staffUsers, label: t('nav.staffUsers') }]
      : []),
    ...(roles.length ? [{ to: ROUTES.knowledgeBase, label: t('nav.knowledgeBase') }] : []),
    ...(roles.includes('team_lead') || roles.includes('municipality_admin')
      ? [{ to: ROUTES.announcements, label: t('nav.announcements') }]
      : []),
    ...(roles.includes('team_lead') || roles.includes('municipality_admin')
      ? [{ to: ROUTES.kpis, label: t('nav.kpis') }]
      : []),
    ...(roles.includes('team_lead') ? [{ to: ROUTES.audit, label: t('nav.audit') }] : []),
  ];
  // The server cannot be reached (network, 5xx): say so with a retry — never "Log ind" to someone who may be signed in.
  const unreachable = me.isError;
  const bell = <NotificationBell to={ROUTES.notifications} signedIn={me.data?.kind === 'staff'} />;
  const userMenu = unreachable ? undefined : (
    <UserMenu
      name={me.data?.name}
      signInHref={ROUTES.signIn}
      onSignOut={() => signOut.mutate()}
      signingOut={signOut.isPending}
    />
  );
  return (
    <AppShell appName={t('appName')} tagline={t('appTagline')} nav={nav} headerActions={bell} userMenu={userMenu}>
      <ErrorBoundary resetKey={location.pathname}>
        {unreachable ? (
          <ServerUnreachable appName={t('appName')} onRetry={() => void me.refetch()} retrying={me.isFetching} />
        ) : (
          <PageSuspense>
            <Routes>
              <Route path={ROUTES.overview} element={<HomePage />} />
              <Route path={ROUTES.citizens} element={<CitizensPage />} />
              <Route path={ROUTES.registerCitizen} element={<RegisterCitizenPage />} />
              <Route path={ROUTES.citizen} element={<CitizenPage />} />
              <Route path={ROUTES.calendar} element={<CalendarPage />} />
              <Route path={ROUTES.availability} element={<AvailabilityPage />} />
              <Route path={ROUTES.meeting} element={<MeetingPage />} />
              <Route path={ROUTES.approvals} element={<ApprovalsPage />} />
              <Route path={ROUTES.offers} element={<OffersPage />} />
              <Route path={ROUTES.jobAds} element={<JobAdsPage />} />
              <Route path={ROUTES.screeningQueue} element={<ScreeningQueuePage />} />
              <Route path={ROUTES.municipalities} element={<MunicipalitiesPage />} />
              <Route path={ROUTES.signIn} element={<SignInPage />} />
              <Route path={ROUTES.apiClients} element={<ApiClientsPage />} />
              <Route path={ROUTES.apiClientWebhook} element={<ApiClientWebhookPage />} />
              <Route path={ROUTES.staffUsers} element={<StaffUsersPage />} />
              <Route path={ROUTES.audit} element={<AuditPage />} />
              <Route path={ROUTES.notifications} element={<NotificationsPage />} />
              <Route path={ROUTES.announcements} element={<AnnouncementsPage />} />
              <Route path={ROUTES.lettersToPrint} element={<LettersToPrintPage />} />
              <Route path={ROUTES.inbox} element={<InboxPage />} />
              <Route path={ROUTES.conversation} element={<StaffConversationPage />} />
              <Route path={ROUTES.knowledgeBase} element={<KnowledgeBasePage />} />
              <Route path={ROUTES.kpis} element={<KpisPage />} />
              <Route path={ROUTES.employers} element={<EmployerRequestsPage />} />
              <Route path={ROUTES.employerRequest} element={<EmployerRequestPage />} />
              <Route
                path={ACCESSIBILITY_STATEMENT_PATH}
                element={
                  <AccessibilityStatementPage appName={t('appName')} contactEmail="tilgaengelighed@jobunivers.dk" />
                }
              />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </PageSuspense>
        )}
      </ErrorBoundary>
    </AppShell>
  );
}

export default App;
