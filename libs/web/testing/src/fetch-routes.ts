/** A fetch double for web unit tests: answers by "METHOD /path" (query ignored), records every call. */
export function fetchRoutes(routes: Record<string, [number, unknown]>) {
  const calls: string[] = [];
  const fetch = jest.fn(async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(String(input));
    const url = new URL(request.url);
    calls.push(`${request.method} ${url.pathname}${url.search}`);
    const [status, body] = routes[`${request.method} ${url.pathname}`] ?? [
      404,
      { type: 'x', title: 'Not found', status: 404, code: 'route_not_found' },
    ];
    if (status === 204) return new Response(null, { status });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  });
  global.fetch = fetch as typeof global.fetch;
  return { calls, fetch };
}

export const NOT_SIGNED_IN: [number, unknown] = [
  401,
  { type: 'x', title: 'Sign-in is required', status: 401, code: 'not_signed_in' },
];
