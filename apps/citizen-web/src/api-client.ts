import { createApiClient } from '@jobunivers/api-client';

/** Same origin: the dev/preview server proxies /api to the API. */
export const api = createApiClient();
