import { lazyPage } from '@jobunivers/web/ui';

/** Every route's page in its own chunk, loaded on first visit (the first route's JS stays small). */
export const AccessLogPage = lazyPage(() => import('../pages/access-log-page'), 'AccessLogPage');
export const MyDataPage = lazyPage(() => import('../pages/my-data-page'), 'MyDataPage');
export const BookMeetingPage = lazyPage(() => import('../pages/book-meeting-page'), 'BookMeetingPage');
export const HelpPage = lazyPage(() => import('../pages/help-page'), 'HelpPage');
export const JobPage = lazyPage(() => import('../pages/job-page'), 'JobPage');
export const JobSearchPage = lazyPage(() => import('../pages/job-search-page'), 'JobSearchPage');
export const JobsPage = lazyPage(() => import('../pages/jobs-page'), 'JobsPage');
export const JoblogPage = lazyPage(() => import('../pages/joblog-page'), 'JoblogPage');
export const SavedJobsPage = lazyPage(() => import('../pages/saved-jobs-page'), 'SavedJobsPage');
export const MeetingPage = lazyPage(() => import('../pages/meeting-page'), 'MeetingPage');
export const MeetingsPage = lazyPage(() => import('../pages/meetings-page'), 'MeetingsPage');
export const OfferPage = lazyPage(() => import('../pages/offer-page'), 'OfferPage');
export const OffersPage = lazyPage(() => import('../pages/offers-page'), 'OffersPage');
export const PlanPage = lazyPage(() => import('../pages/plan-page'), 'PlanPage');
export const MyScreeningPage = lazyPage(() => import('../pages/my-screening-page'), 'MyScreeningPage');
export const ProfilePage = lazyPage(() => import('../pages/profile-page'), 'ProfilePage');
export const SelfAssessmentPage = lazyPage(() => import('../pages/self-assessment-page'), 'SelfAssessmentPage');
export const TimelinePage = lazyPage(() => import('../pages/timeline-page'), 'TimelinePage');
export const HomePage = lazyPage(() => import('../pages/home-page'), 'HomePage');
export const NotRegisteredPage = lazyPage(() => import('../pages/not-registered-page'), 'NotRegisteredPage');
export const NotificationsPage = lazyPage(() => import('../pages/notifications-page'), 'NotificationsPage');
export const MessagesPage = lazyPage(() => import('../pages/messages-page'), 'MessagesPage');
export const ConversationPage = lazyPage(() => import('../pages/conversation-page'), 'ConversationPage');
export const SettingsPage = lazyPage(() => import('../pages/settings-page'), 'SettingsPage');
export const SignInErrorPage = lazyPage(() => import('../pages/sign-in-error-page'), 'SignInErrorPage');
export const EmployerHomePage = lazyPage(() => import('../pages/employer-home-page'), 'EmployerHomePage');
export const EmployerNewRequestPage = lazyPage(
  () => import('../pages/employer-new-request-page'),
  'EmployerNewRequestPage',
);
export const EmployerRequestPage = lazyPage(() => import('../pages/employer-request-page'), 'EmployerRequestPage');
export const EmployerPlacementsPage = lazyPage(
  () => import('../pages/employer-placements-page'),
  'EmployerPlacementsPage',
);
export const EmployerVisibilityPage = lazyPage(
  () => import('../pages/employer-visibility-page'),
  'EmployerVisibilityPage',
);
export const ForCitizensOnly = lazyPage(
  () => import('../modules/employers/components/not-for-employers'),
  'ForCitizensOnly',
);
