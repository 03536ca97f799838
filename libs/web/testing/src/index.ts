export { fetchRoutes, NOT_SIGNED_IN } from './fetch-routes';
export { renderApp } from './render-app';
