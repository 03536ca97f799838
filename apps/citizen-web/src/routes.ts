/** Route paths of the citizen app, in one place. */
export const ROUTES = {
  overview: '/',
  meetings: '/samtaler',
  bookMeeting: '/samtaler/book',
  meeting: '/samtaler/:id',
  plan: '/mit-forloeb',
  jobs: '/job',
  jobSearch: '/job/soeg',
  savedJobs: '/job/gemte',
  job: '/job/:id',
  joblog: '/joblog',
  offers: '/tilbud',
  offer: '/tilbud/:id',
  myData: '/mine-data',
  accessLog: '/mine-data/adgangslog',
  timeline: '/sagsgang',
  profile: '/profil',
  screening: '/min-screening',
  selfAssessment: '/min-screening/selvvurdering',
  help: '/tal-med-en-person',
  notifications: '/notifikationer',
  messages: '/beskeder',
  conversation: '/beskeder/:id',
  settings: '/indstillinger',
  employerVisibility: '/indstillinger/synlighed-for-virksomheder',
  notRegistered: '/ikke-tilmeldt',
  signInError: '/log-ind-fejl',
  // The employer section ("For virksomheder"): its own entrance and navigation in the same app.
  employer: '/virksomhed',
  employerNewRequest: '/virksomhed/ny-henvendelse',
  employerRequest: '/virksomhed/henvendelser/:id',
  employerPlacements: '/virksomhed/praktik-og-loentilskud',
} as const;

/** Is the path in the employer section? */
export const inEmployerSection = (path: string) => path === ROUTES.employer || path.startsWith(`${ROUTES.employer}/`);

/** Full-page navigation to MitID through NemLog-in, coming back to `returnTo`. */
export const signInHref = (returnTo: string) => `/api/v1/auth/citizen/login?returnTo=${encodeURIComponent(returnTo)}`;

/** Full-page navigation to MitID Erhverv through NemLog-in, coming back to `returnTo` in the employer section. */
export const employerSignInHref = (returnTo: string) =>
  `/api/v1/auth/employer/login?returnTo=${encodeURIComponent(returnTo)}`;

export const meetingPath = (id: string) => `/samtaler/${encodeURIComponent(id)}`;
export const offerPath = (id: string) => `/tilbud/${encodeURIComponent(id)}`;
export const jobPath = (id: string) => `/job/${encodeURIComponent(id)}`;
export const conversationPath = (id: string) => `/beskeder/${encodeURIComponent(id)}`;
export const employerRequestPath = (id: string) => `/virksomhed/henvendelser/${encodeURIComponent(id)}`;
