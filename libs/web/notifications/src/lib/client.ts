import { createApiClient } from '@jobunivers/api-client';

/** Same origin: both apps' servers proxy /api to the API. */
export const api = createApiClient();
