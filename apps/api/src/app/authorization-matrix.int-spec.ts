import { type INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { DemoDataService } from '@jobunivers/api/database';
import { ACCESS_RULE, type AccessRule } from '@jobunivers/api/http';
import { API_SCOPES, DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, DEMO_STAFF, type Principal, satisfies } from '@jobunivers/api/identity';
import { DEMO_CITIZENS } from '@jobunivers/api/citizens';
import { testConfig, TestHttp, workerDatabaseUrl } from '@jobunivers/api/testing';
import { randomUUID } from 'node:crypto';
import { createApp } from './create-app';

interface Route {
  method: string;
  path: string;
  rule: AccessRule;
}

/** Every route of the app with its declared rule, read from Nest's own metadata (new routes join by themselves). */
function routesOf(app: INestApplication): Route[] {
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  return app
    .get(DiscoveryService)
    .getControllers()
    .flatMap((wrapper) => {
      const proto = Object.getPrototypeOf(wrapper.instance) as Record<string, object>;
      const base = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype as object) ?? '');
      const version = Reflect.getMetadata('__version__', wrapper.metatype as object);
      return scanner.getAllMethodNames(proto).flatMap((name) => {
        const sub = Reflect.getMetadata(PATH_METADATA, proto[name]);
        if (sub === undefined) return [];
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, proto[name]) as number];
        const prefix = typeof version === 'symbol' ? '/api' : '/api/v1';
        const path = [prefix, base, String(sub)].join('/').replace(/\/+/g, '/').replace(/\/$/, '');
        const rule = reflector.getAllAndOverride<AccessRule>(ACCESS_RULE, [proto[name] as never, wrapper.metatype as never]);
        return [{ method, path, rule }];
      });
    });
}

const PARAM_VALUES: Record<string, string> = { id: randomUUID(), code: '0751' };
const fill = (path: string) => path.replace(/:(\w+)/g, (_m, name: string) => PARAM_VALUES[name] ?? randomUUID());

type Caller = { label: string; principal?: Principal; http: () => Promise<{ http: TestHttp; headers: Record<string, string> }> };

describe('authorization matrix: every route × every kind of caller', () => {
  let app: INestApplication;
  let http: TestHttp;
  const callers: Caller[] = [];

  beforeAll(async () => {
    app = await createApp(testConfig({ QUEUE_ENABLED: 'false' }), await workerDatabaseUrl());
    await app.get(DemoDataService).seedAll();
    http = await TestHttp.of(app);

    const sessionFor = (userId: string) => async () => {
      const browser = http.agent();
      expect((await browser.post('/api/v1/auth/dev/sign-in', { userId })).status).toBe(200);
      return { http: browser, headers: browser.csrf() };
    };
    const session = (name: string) => sessionFor(DEMO_STAFF.find((s) => s.name === name)!.id);
    const citizen = (index: number): Caller => {
      const c = DEMO_CITIZENS[index];
      return { label: `citizen ${c.firstName} (${c.municipalityCode})`, principal: { kind: 'citizen', id: c.id, name: c.firstName, municipalityCode: c.municipalityCode, roles: ['citizen'] }, http: sessionFor(c.id) };
    };
    const staffPrincipal = (name: string): Principal => {
      const s = DEMO_STAFF.find((x) => x.name === name)!;
      return { kind: 'staff', id: s.id, name, municipalityCode: s.municipalityCode, roles: s.roles };
    };
    const bearer = async (scope: string) => {
      const res = await http.post<{ access_token: string }>('/api/v1/oauth/token', new URLSearchParams({ grant_type: 'client_credentials', client_id: DEMO_CLIENT_ID, client_secret: DEMO_CLIENT_SECRET, scope }));
      expect(res.status).toBe(200);
      return res.body.access_token;
    };
    const narrowToken = await bearer('events:read');
    const fullToken = await bearer(API_SCOPES.join(' '));
    const client = (scopes: string[]): Principal => ({ kind: 'client', id: randomUUID(), clientId: DEMO_CLIENT_ID, name: 'demo', municipalityCode: '0751', scopes });

    callers.push(
      { label: 'anonymous', http: async () => ({ http: http.agent(), headers: {} }) },
      citizen(0),
      citizen(1),
      { label: 'caseworker 0751', principal: staffPrincipal('Mette Kjær'), http: session('Mette Kjær') },
      { label: 'caseworker 0230', principal: staffPrincipal('Anne Dahl'), http: session('Anne Dahl') },
      { label: 'team lead 0751', principal: staffPrincipal('Susanne Vestergaard'), http: session('Susanne Vestergaard') },
      { label: 'admin 0230', principal: staffPrincipal('Lars Winther'), http: session('Lars Winther') },
      { label: 'client without the scopes', principal: client(['events:read']), http: async () => ({ http: http.agent(), headers: { authorization: `Bearer ${narrowToken}` } }) },
      { label: 'client with every scope', principal: client([...API_SCOPES]), http: async () => ({ http: http.agent(), headers: { authorization: `Bearer ${fullToken}` } }) },
    );
  });
  afterAll(() => app.close());

  it('finds every route, each with a rule', () => {
    const routes = routesOf(app);
    expect(routes.length).toBeGreaterThanOrEqual(16);
    expect(routes.filter((r) => !r.rule)).toEqual([]);
  });

  it('lets each caller through exactly where the rule allows, and never answers 5xx', async () => {
    const failures: string[] = [];
    for (const route of routesOf(app)) {
      for (const caller of callers) {
        const { http: client, headers } = await caller.http();
        const res = await client.request(route.method, fill(route.path), { headers, body: route.method === 'GET' ? undefined : {} });
        const allowed = satisfies(route.rule, caller.principal);
        const refused = res.status === 401 || res.status === 403;
        const line = `${route.method} ${route.path} as ${caller.label}: ${res.status}`;
        if (res.status >= 500) failures.push(`${line} (server error)`);
        else if (allowed && refused && route.rule.kind !== 'public') failures.push(`${line} (should be let through)`);
        else if (!allowed && !refused) failures.push(`${line} (should be refused)`);
        else if (!allowed && caller.principal === undefined && res.status !== 401) failures.push(`${line} (anonymous should get 401)`);
      }
    }
    expect(failures).toEqual([]);
  });
});
