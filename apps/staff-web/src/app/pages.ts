import { lazyPage } from '@jobunivers/web/ui';

/** Every route's page in its own chunk, loaded on first visit (the first route's JS stays small). */
export const AvailabilityPage = lazyPage(() => import('../pages/availability-page'), 'AvailabilityPage');
export const CalendarPage = lazyPage(() => import('../pages/calendar-page'), 'CalendarPage');
export const MeetingPage = lazyPage(() => import('../pages/meeting-page'), 'MeetingPage');
export const ApprovalsPage = lazyPage(() => import('../pages/approvals-page'), 'ApprovalsPage');
export const OffersPage = lazyPage(() => import('../pages/offers-page'), 'OffersPage');
export const JobAdsPage = lazyPage(() => import('../pages/job-ads-page'), 'JobAdsPage');
export const AnnouncementsPage = lazyPage(() => import('../pages/announcements-page'), 'AnnouncementsPage');
export const NotificationsPage = lazyPage(() => import('../pages/notifications-page'), 'NotificationsPage');
export const InboxPage = lazyPage(() => import('../pages/inbox-page'), 'InboxPage');
export const KnowledgeBasePage = lazyPage(() => import('../pages/knowledge-base-page'), 'KnowledgeBasePage');
export const KpisPage = lazyPage(() => import('../pages/kpis-page'), 'KpisPage');
export const StaffConversationPage = lazyPage(
  () => import('../pages/staff-conversation-page'),
  'StaffConversationPage',
);
export const ApiClientWebhookPage = lazyPage(() => import('../pages/api-client-webhook-page'), 'ApiClientWebhookPage');
export const ApiClientsPage = lazyPage(() => import('../pages/api-clients-page'), 'ApiClientsPage');
export const AuditPage = lazyPage(() => import('../pages/audit-page'), 'AuditPage');
export const CitizenPage = lazyPage(() => import('../pages/citizen-page'), 'CitizenPage');
export const CitizensPage = lazyPage(() => import('../pages/citizens-page'), 'CitizensPage');
export const RegisterCitizenPage = lazyPage(() => import('../pages/register-citizen-page'), 'RegisterCitizenPage');
export const ScreeningQueuePage = lazyPage(() => import('../pages/screening-queue-page'), 'ScreeningQueuePage');
export const StaffUsersPage = lazyPage(() => import('../pages/staff-users-page'), 'StaffUsersPage');
export const HomePage = lazyPage(() => import('../pages/home-page'), 'HomePage');
export const MunicipalitiesPage = lazyPage(() => import('../pages/municipalities-page'), 'MunicipalitiesPage');
export const SignInPage = lazyPage(() => import('../pages/sign-in-page'), 'SignInPage');
export const LettersToPrintPage = lazyPage(() => import('../pages/letters-to-print-page'), 'LettersToPrintPage');
export const EmployerRequestsPage = lazyPage(() => import('../pages/employer-requests-page'), 'EmployerRequestsPage');
export const EmployerRequestPage = lazyPage(() => import('../pages/employer-request-page'), 'EmployerRequestPage');
