export { fetchRoutes, NOT_SIGNED_IN } from './fetch-routes';
