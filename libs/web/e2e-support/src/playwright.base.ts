import { defineConfig, devices, type PlaywrightTestConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

export interface E2eOptions {
  /** The SPA project under test, e.g. "citizen-web". */
  app: string;
  /**
   * The other SPA, served beside it for journeys through both apps (its URL in E2E_COMPANION_URL).
   * The API then sends citizens and staff back to their own app.
   */
  companion?: { app: string; role: 'citizen' | 'staff' };
}

/**
 * Ports for this run: chosen once in the runner process and handed to the workers through the
 * environment (they inherit it), so parallel or leftover runs on one machine rarely collide.
 */
function portFor(variable: string): number {
  // Below 32768, where Linux's ephemeral range starts: an outgoing connection's local port (the API's
  // own PostgreSQL connections, say) can otherwise hold the port a preview server is about to listen on.
  process.env[variable] ??= String(20000 + 3 * Math.floor(Math.random() * 4000));
  return Number(process.env[variable]);
}

/** Headless flags that work on this project's machines (no network beyond loopback, root user). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * End-to-end tests drive the system Chromium (CHROME_PATH, default /usr/bin/chromium; nothing is
 * downloaded) against the real product: the built API on a fresh embedded PostgreSQL with demo
 * data, and the built SPA served by `vite preview`, which proxies /api like the dev server does.
 */
export function e2eConfig({ app, companion }: E2eOptions): PlaywrightTestConfig {
  const apiPort = portFor('E2E_API_PORT');
  const webPort = apiPort + 1;
  const companionPort = apiPort + 2;
  if (companion) process.env['E2E_COMPANION_URL'] = `http://localhost:${companionPort}`;
  const citizenPort = companion?.role === 'citizen' ? companionPort : webPort;
  const staffPort = companion?.role === 'staff' ? companionPort : webPort;
  const preview = (project: string, port: number) => ({
    command: `npx vite preview --config apps/${project}/vite.config.mts --port ${port} --strictPort`,
    cwd: ROOT,
    env: { API_PORT: String(apiPort) },
    url: `http://localhost:${port}`,
    timeout: 60_000,
    reuseExistingServer: false,
    stdout: 'ignore' as const,
  });
  const dataDir = join(tmpdir(), `jobunivers-e2e-${app}`);
  const launchOptions = { executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS };
  return defineConfig({
    testDir: './src',
    outputDir: join(ROOT, 'test-results', app),
    fullyParallel: false,
    workers: 1,
    retries: 0,
    forbidOnly: true,
    // Sign-ins through the MitID simulator, a second browser for staff and axe scans: on a busy 2-core CI
    // machine a test of several steps can pass 30 s (the booking-by-keyboard test took 33 s under load).
    timeout: 60_000,
    expect: { timeout: 10_000 },
    reporter: [['list']],
    use: {
      baseURL: `http://localhost:${webPort}`,
      trace: 'retain-on-failure',
      locale: 'da-DK',
      timezoneId: 'Europe/Copenhagen',
      launchOptions,
    },
    projects: [
      { name: 'desktop', use: { ...devices['Desktop Chrome'], launchOptions } },
      {
        name: 'phone',
        use: {
          browserName: 'chromium',
          viewport: { width: 320, height: 640 },
          isMobile: true,
          hasTouch: true,
          deviceScaleFactor: 2,
          launchOptions,
        },
      },
    ],
    webServer: [
      {
        command: `rm -rf "${dataDir}" && node dist/apps/api/main.js`,
        cwd: ROOT,
        env: {
          PORT: String(apiPort),
          DATA_DIR: dataDir,
          LOG_LEVEL: 'warn',
          NODE_ENV: 'development',
          PUBLIC_URL: `http://localhost:${apiPort}`,
          CITIZEN_APP_URL: `http://localhost:${citizenPort}`,
          STAFF_APP_URL: `http://localhost:${staffPort}`,
          // The meetings flow books, moves and holds a meeting today: no lead time, no cut-off.
          MEETING_BOOKING_LEAD_MINUTES: '0',
          MEETING_CHANGE_CUTOFF_HOURS: '0',
          // Both viewports use the same demo users and reload their pages: rate limits a person never meets, a suite might.
          RATE_LIMIT_JOB_MATCHES: '1000000/60',
          RATE_LIMIT_JOB_SEARCH: '1000000/60',
          RATE_LIMIT_DATA_EXPORT: '1000000/60',
          RATE_LIMIT_REPORTS: '1000000/60',
          // The webhook flow registers a receiver on 127.0.0.1.
          OUTBOUND_ALLOW_PRIVATE_ADDRESSES: 'true',
        },
        url: `http://127.0.0.1:${apiPort}/api/health`,
        timeout: 120_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
      },
      preview(app, webPort),
      ...(companion ? [preview(companion.app, companionPort)] : []),
    ],
  });
}
