/** Route paths of the staff console, in one place. */
export const ROUTES = {
  overview: '/',
  municipalities: '/kommuner',
  citizens: '/borgere',
  registerCitizen: '/borgere/tilmeld',
  citizen: '/borgere/:id',
  screeningQueue: '/screening-koe',
  calendar: '/kalender',
  availability: '/kalender/tilgaengelighed',
  meeting: '/moeder/:id',
  approvals: '/godkendelser',
  offers: '/tilbud',
  jobAds: '/jobannoncer',
  signIn: '/log-ind',
  apiClients: '/administration/api-klienter',
  apiClientWebhook: '/administration/api-klienter/:id/webhook',
  staffUsers: '/administration/brugere',
  audit: '/auditlog',
  notifications: '/notifikationer',
  announcements: '/meddelelser',
  inbox: '/indbakke',
  conversation: '/indbakke/:id',
  knowledgeBase: '/vidensbase',
  kpis: '/noegletal',
  lettersToPrint: '/breve-til-print',
  employers: '/virksomheder',
  employerRequest: '/virksomheder/:id',
} as const;

/** Staff sign-in at the municipality's identity provider (OIDC), coming back to `returnTo`. */
export const staffSignInHref = (returnTo: string) =>
  `/api/v1/auth/staff/login?returnTo=${encodeURIComponent(returnTo)}`;

export const citizenPath = (id: string) => `/borgere/${encodeURIComponent(id)}`;

export const inboxPath = (id: string) => `/indbakke/${encodeURIComponent(id)}`;

export const employerRequestPath = (id: string) => `/virksomheder/${encodeURIComponent(id)}`;

/** Jobannoncer searched for an ad's title (the console has no page of its own for one ad). */
export const jobAdSearchPath = (title: string) => `/jobannoncer?${new URLSearchParams({ q: title })}`;

export const staffMeetingPath = (id: string) => `/moeder/${encodeURIComponent(id)}`;

export const apiClientWebhookPath = (id: string) => `/administration/api-klienter/${encodeURIComponent(id)}/webhook`;
