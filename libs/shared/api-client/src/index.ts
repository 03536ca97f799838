export { ApiProblemError, createApiClient, unwrap, type ApiClient, type Problem, type Schemas } from './client';
export type { components, operations, paths } from './generated/schema';
