/** Route paths of the citizen app, in one place. */
export const ROUTES = {
  overview: '/',
} as const;
