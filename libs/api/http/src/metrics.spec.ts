import type { AppConfig } from '@jobunivers/api/config';
import { PlatformException } from '@jobunivers/api/errors';
import { MetricsController, MetricsService } from './metrics';

const TOKEN = 'metrics-token-0123456789abcdef';
const controllerWith = (config: Partial<AppConfig>) => new MetricsController(new MetricsService(), config as AppConfig);
const refusal = async (scrape: Promise<string>) =>
  scrape.then(
    () => 'served',
    (e: unknown) => (e instanceof PlatformException ? e.code : String(e)),
  );

describe('MetricsController', () => {
  it('with METRICS_TOKEN: serves only the exact bearer token', async () => {
    const metrics = controllerWith({ metricsToken: TOKEN, isProduction: true });
    expect(await refusal(metrics.scrape(`Bearer ${TOKEN}`))).toBe('served');
    expect(await refusal(metrics.scrape(undefined))).toBe('unauthenticated');
    expect(await refusal(metrics.scrape(`Bearer ${TOKEN.slice(0, -1)}`))).toBe('unauthenticated');
    expect(await refusal(metrics.scrape(`Bearer ${TOKEN}x`))).toBe('unauthenticated');
    expect(await refusal(metrics.scrape(TOKEN))).toBe('unauthenticated');
  });

  it('without a token: public outside production, refused in production', async () => {
    expect(await refusal(controllerWith({ isProduction: false }).scrape(undefined))).toBe('served');
    expect(await refusal(controllerWith({ isProduction: true }).scrape(undefined))).toBe('unauthenticated');
    expect(await refusal(controllerWith({ isProduction: true }).scrape('Bearer '))).toBe('unauthenticated');
  });
});
