import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { components, paths } from './generated/schema';

export type ApiClient = Client<paths>;
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];

/** Thrown by {@link unwrap} for any non-2xx answer; carries the RFC 9457 problem. */
export class ApiProblemError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblemError';
  }
}

function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  const match = document.cookie.split('; ').find((c) => c.startsWith(`${name}=`));
  return match ? decodeURIComponent(match.slice(name.length + 1)) : undefined;
}

/** Double-submit CSRF: echo the API's XSRF-TOKEN cookie on state-changing requests. */
const csrf: Middleware = {
  onRequest({ request }) {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
      const token = readCookie('XSRF-TOKEN');
      if (token) request.headers.set('X-XSRF-TOKEN', token);
    }
    return request;
  },
};

/**
 * The reader's language on every request (the page's `<html lang>`, which the apps' i18n keeps), so
 * whatever the server words itself (names of occupations, skills, fallback texts) comes in that language.
 * A header given by the caller wins.
 */
const language: Middleware = {
  onRequest({ request }) {
    const lang = typeof document === 'undefined' ? '' : document.documentElement.lang;
    if (lang && !request.headers.has('accept-language')) request.headers.set('accept-language', lang);
    return request;
  },
};

/**
 * The typed client of the Jobunivers API, generated from its OpenAPI document.
 * In the browser the base URL is the page's own origin (the SPA's dev server proxies /api).
 */
export function createApiClient(baseUrl = globalThis.location?.origin ?? '', fetchImpl?: typeof fetch): ApiClient {
  // Bind fetch late, so a fetch installed after start-up (polyfill, test double) is the one used.
  const client = createClient<paths>({
    baseUrl,
    credentials: 'include',
    fetch: (request: Request) => (fetchImpl ?? globalThis.fetch)(request),
  });
  client.use(csrf, language);
  return client;
}

/** Returns the data of a successful call; throws {@link ApiProblemError} otherwise. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  // 204 No Content (e.g. save, withdraw) succeeds with no body.
  if (result.response.ok && (result.data !== undefined || result.response.status === 204)) return result.data as T;
  const fallback: Problem = {
    type: 'about:blank',
    title: result.response.statusText || 'Request failed',
    status: result.response.status,
    code: 'unknown',
  };
  const problem =
    result.error && typeof result.error === 'object' && 'status' in result.error ? (result.error as Problem) : fallback;
  throw new ApiProblemError(result.response.status, problem);
}
