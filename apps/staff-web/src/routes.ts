/** Route paths of the staff console, in one place. */
export const ROUTES = {
  overview: '/',
  municipalities: '/kommuner',
} as const;
