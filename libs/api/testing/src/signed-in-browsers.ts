import type { TestHttp, TestResponse } from './test-http';

/**
 * One browser per demo user, signed in through the dev sign-in once and reused: `send` makes a
 * request as that user with the session cookie and the CSRF header, as the SPAs do.
 */
export class SignedInBrowsers {
  private readonly browsers = new Map<string, TestHttp>();

  constructor(private readonly http: TestHttp) {}

  async as(userId: string): Promise<TestHttp> {
    let browser = this.browsers.get(userId);
    if (!browser) {
      browser = this.http.agent();
      const res = await browser.post('/api/v1/auth/dev/sign-in', { userId });
      if (res.status !== 200) throw new Error(`dev sign-in of ${userId} answered ${res.status}`);
      this.browsers.set(userId, browser);
    }
    return browser;
  }

  async send<T = Record<string, unknown>>(
    userId: string,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const browser = await this.as(userId);
    return browser.request<T>(method, path, { body, headers: { ...browser.csrf(), ...headers } });
  }
}
