/** Route paths of the staff console, in one place. */
export const ROUTES = {
  overview: '/',
  municipalities: '/kommuner',
  signIn: '/log-ind',
  apiClients: '/administration/api-klienter',
} as const;
