import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { type ApiProcess, call, type Session, signIn, StressStack } from './stack';

type Schema = Record<string, unknown>;
interface Operation {
  method: string;
  path: string;
  op: {
    parameters?: Array<{ name: string; in: string; required?: boolean; schema?: Schema }>;
    requestBody?: { content?: Record<string, { schema?: Schema }> };
    responses?: Record<string, Response>;
  };
}
type Response = { $ref?: string; content?: Record<string, { schema?: Schema }> };

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
const IDS = [
  'c0751000-0000-4000-8000-000000000001',
  'c0751000-0000-4000-8000-000000000002',
  'c0230000-0000-4000-8000-000000000001',
  'a0751000-0000-4000-8000-000000000001',
  '00000000-0000-4000-8000-000000000000',
];
/** The live event stream never ends (it is covered by the notifications and stress tests). */
const SKIP = new Set(['get /api/v1/me/live']);

/** Numbers at and beyond every bound: doubles' and bigint's ends, unsafe integers, negative zero, tiny fractions, and numbers written as text. */
const EXTREME_NUMBERS: unknown[] = [
  1e308,
  -1e308,
  2 ** 63,
  -(2 ** 63),
  2 ** 53 + 1,
  2 ** 31,
  -(2 ** 31) - 1,
  -0,
  1e-9,
  0.5,
  '1e3',
  '1e20',
  '-0',
  '0x10',
  ' 5 ',
  '+5',
  'Infinity',
  'NaN',
  '9223372036854775808',
];
/** Text at the edges: unpaired surrogates and NUL (PostgreSQL cannot store them), other C0 controls, bidi marks, combining characters, emoji sequences, noncharacters, BOM, line separators, long text. */
const EXTREME_TEXT: string[] = [
  '\uD800',
  'a\uDFFFb',
  '\uDBFF\uDBFF',
  '\u0000',
  'a\u0000b',
  '\u0001\u0008\u001B\u001F\u007F',
  '\u200F\u202Eabc\u202C\u2066',
  'e\u0301\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦🏳️‍🌈',
  '\uFFFF\uFFFE',
  '\uFEFFx',
  'a\u2028b\u2029',
  'مرحبا',
  'x'.repeat(5000),
];
/** Text a URL path can carry (encodeURIComponent refuses unpaired surrogates). */
const EXTREME_SEGMENTS = EXTREME_TEXT.filter(
  (t) => !/[\uD800-\uDFFF]/.test(t.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')),
);
const extreme = fc.constantFrom(...EXTREME_NUMBERS, ...EXTREME_TEXT);

/** OpenAPI 3.0 → JSON Schema for Ajv: `nullable` becomes a null alternative; refs point into the document. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, example: _e, ...rest } = node as Schema;
  const out: Schema = {};
  for (const [k, v] of Object.entries(rest))
    out[k] =
      k === '$ref' ? String(v).replace('#/components/schemas/', 'openapi#/components/schemas/') : toJsonSchema(v);
  return nullable ? { anyOf: [out, { type: 'null' }] } : out;
}

/** Values for a schema: mostly valid ones, sometimes not (wrong type, out of range, junk). */
function arbitraryFor(
  schema: Schema | undefined,
  components: Record<string, Schema>,
  depth = 0,
): fc.Arbitrary<unknown> {
  if (!schema || depth > 4) return fc.constant(undefined);
  if (typeof schema['$ref'] === 'string')
    return arbitraryFor(components[String(schema['$ref']).split('/').pop()!], components, depth + 1);
  if (Array.isArray(schema['allOf'])) return arbitraryFor((schema['allOf'] as Schema[])[0], components, depth + 1);
  const junk = fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.string({ maxLength: 20 }),
    fc.boolean(),
    fc.constant(''),
    fc.constant({}),
    fc.constant('<script>alert(1)</script>'),
    fc.constant('💥'.repeat(300)),
  );
  const valid = ((): fc.Arbitrary<unknown> => {
    if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as unknown[]));
    switch (schema['type']) {
      case 'integer':
        return fc.integer({
          min: typeof schema['minimum'] === 'number' ? schema['minimum'] : -5,
          max: typeof schema['maximum'] === 'number' ? schema['maximum'] : 5000,
        });
      case 'number':
        return fc.double({ min: -1e6, max: 1e6, noNaN: true });
      case 'boolean':
        return fc.boolean();
      case 'array':
        return fc.array(arbitraryFor(schema['items'] as Schema, components, depth + 1), { maxLength: 4 });
      case 'object': {
        const props = (schema['properties'] ?? {}) as Record<string, Schema>;
        const required = new Set((schema['required'] ?? []) as string[]);
        const entries = Object.entries(props).map(
          ([k, v]) =>
            [
              k,
              required.has(k)
                ? arbitraryFor(v, components, depth + 1)
                : fc.option(arbitraryFor(v, components, depth + 1), { nil: undefined }),
            ] as const,
        );
        return fc.record(Object.fromEntries(entries) as Record<string, fc.Arbitrary<unknown>>);
      }
      default:
        switch (schema['format']) {
          case 'uuid':
            return fc.oneof(fc.constantFrom(...IDS), fc.uuid());
          case 'date-time':
            return fc
              .date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
              .map((d) => d.toISOString());
          case 'email':
            return fc.emailAddress();
          default:
            return fc.oneof(
              fc.string({
                maxLength: typeof schema['maxLength'] === 'number' ? Math.min(schema['maxLength'], 60) : 60,
              }),
              fc.constantFrom('2026-11-30', '0751', '8000', '010392-1234', 'self_service', 'video'),
            );
        }
    }
  })();
  return fc.oneof({ weight: 6, arbitrary: valid }, { weight: 2, arbitrary: junk }, { weight: 2, arbitrary: extreme });
}

/**
 * Schema fuzzing: for every operation of the OpenAPI document, 200 requests built by fast-check
 * from its parameter and body schemas (mostly valid, some not), from every kind of caller. No answer
 * may be a 5xx, and every answer must match the document: its status is one the operation documents, and
 * its body matches the schema documented for that status (2xx bodies and problems alike).
 */
describe('schema fuzzing from the OpenAPI document', () => {
  let stack: StressStack;
  let api: ApiProcess;
  const callers: Array<{ label: string; session?: Session; headers?: Record<string, string> }> = [
    { label: 'anonymous' },
  ];

  /** Fresh sessions for every operation (an operation may sign its caller out or revoke its sessions). */
  const signInAll = async () => {
    callers.splice(1);
    for (const [label, id] of [
      ['citizen', IDS[0]!],
      ['caseworker', IDS[3]!],
      ['team lead', 'a0751000-0000-4000-8000-000000000003'],
      ['admin', 'a0751000-0000-4000-8000-000000000004'],
      ['employer consultant', 'a0751000-0000-4000-8000-000000000005'],
      ['employer', 'e0751000-0000-4000-8000-000000000001'],
    ] as const) {
      callers.push({ label, session: await signIn(api, id) });
    }
    const token = await fetch(`${api.base}/api/v1/oauth/token`, {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'demo-municipal-system',
        client_secret: 'demo-secret',
      }),
    });
    callers.push({
      label: 'client',
      headers: { authorization: `Bearer ${((await token.json()) as { access_token: string }).access_token}` },
    });
  };

  beforeAll(async () => {
    stack = await StressStack.start();
    api = await stack.startApi({ LOG_LEVEL: 'warn' });
  });
  afterAll(() => stack?.close());

  it(`answers ${RUNS} generated requests per operation without a 5xx, each as the document says`, async () => {
    const doc = (await (await fetch(`${api.base}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, Operation['op']>>;
      components: { schemas: Record<string, Schema>; responses?: Record<string, Response> };
    };
    const ajv = new Ajv({ strict: false, allErrors: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'openapi', components: { schemas: toJsonSchema(doc.components.schemas) } });
    const problem = ajv.compile({
      type: 'object',
      required: ['type', 'title', 'status'],
      properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' } },
    });
    /** A documented response, its `$ref` into components.responses resolved. */
    const resolve = (response: Response): Response =>
      response.$ref ? (doc.components.responses?.[response.$ref.split('/').pop()!] ?? {}) : response;
    const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ method, path, op })),
    );
    expect(operations.length).toBeGreaterThan(100);
    const failures: string[] = [];
    let requests = 0;
    let validated = 0;
    const statuses = new Map<number, number>();
    for (const { method, path, op } of operations) {
      if (SKIP.has(`${method} ${path}`)) continue;
      await signInAll();
      // Every documented status with the schema of each JSON media type it documents (problem+json included).
      const documented = new Map<string, Map<string, ValidateFunction>>();
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const media = Object.entries(resolve(response).content ?? {}).filter(
          ([type, m]) => type.includes('json') && m.schema,
        );
        documented.set(
          status,
          new Map(media.map(([type, m]) => [type, ajv.compile(toJsonSchema(m.schema) as Schema)])),
        );
      }
      const params = op.parameters ?? [];
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      const request = fc.record({
        caller: fc.integer({ min: 0, max: callers.length - 1 }),
        path: fc.record(
          Object.fromEntries(
            params
              .filter((p) => p.in === 'path')
              .map((p) => [
                p.name,
                fc.oneof(
                  fc.constantFrom(...IDS),
                  fc.uuid(),
                  fc.string({ minLength: 1, maxLength: 12 }),
                  fc.constantFrom(...EXTREME_SEGMENTS, ...EXTREME_NUMBERS.map(String)),
                ),
              ]),
          ),
        ),
        query: fc.record(
          Object.fromEntries(
            params
              .filter((p) => p.in === 'query')
              .map((p) => [p.name, fc.option(arbitraryFor(p.schema, doc.components.schemas), { nil: undefined })]),
          ),
        ),
        // Now and then a body over the 1 MB limit (413).
        body: fc.oneof(
          { weight: 49, arbitrary: arbitraryFor(bodySchema, doc.components.schemas) },
          { weight: 1, arbitrary: fc.constant({ text: 'x'.repeat(1_100_000) }) },
        ),
      });
      await fc.assert(
        fc.asyncProperty(request, async (r) => {
          requests += 1;
          // An empty segment or one of only dots cannot be sent: the URL parser resolves it away, %2E
          // included ("/municipalities/." becomes the list). Such a value goes out with an "x" in front.
          const segment = (value: string) =>
            encodeURIComponent(value === '' || /^\.+$/.test(value) ? `x${value}` : value);
          const url = path.replace(/\{(\w+)\}/g, (_m, name: string) =>
            segment(String((r.path as Record<string, unknown>)[name] ?? 'x')),
          );
          const query = new URLSearchParams(
            Object.entries(r.query).flatMap(([k, v]) =>
              v === undefined ? [] : [[k, typeof v === 'object' ? JSON.stringify(v) : String(v)]],
            ),
          );
          const caller = callers[r.caller]!;
          const res = await call(
            api,
            caller.session,
            method.toUpperCase(),
            `${url}${query.size ? `?${query}` : ''}`,
            bodySchema ? (r.body ?? {}) : undefined,
            caller.headers ?? {},
          ).catch((e: Error) => ({ status: 0, body: String(e), contentType: '', redirected: false }));
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (process.env['FUZZ_DEBUG'] && res.status === 401 && caller.label !== 'anonymous')
            console.log(`401 ${method} ${path} ${caller.label}`);
          const where = `${method.toUpperCase()} ${url}?${query} as ${caller.label} → ${res.status}`;
          if (res.status === 0 || res.status >= 500) {
            failures.push(`${where}: ${JSON.stringify(res.body).slice(0, 300)}`);
            return;
          }
          if (res.status >= 400 && (!res.contentType.startsWith('application/problem+json') || !problem(res.body))) {
            failures.push(`${where}: not a problem response (${res.contentType})`);
            return;
          }
          // A followed redirect answers with the target's page, not this operation's.
          if (res.redirected && Object.keys(op.responses ?? {}).some((s) => s.startsWith('3'))) return;
          const schemas =
            documented.get(String(res.status)) ??
            documented.get(`${String(res.status)[0]}XX`) ??
            documented.get('default');
          if (!schemas) {
            failures.push(`${where}: status not documented (documented: ${[...documented.keys()].join(', ')})`);
            return;
          }
          const mediaType = res.contentType.split(';')[0]!.trim();
          const validate = schemas.get(mediaType);
          if (!validate && schemas.size && mediaType.includes('json'))
            failures.push(
              `${where}: ${mediaType} not documented for ${res.status} (documented: ${[...schemas.keys()].join(', ')})`,
            );
          if (validate) {
            validated += 1;
            if (!validate(res.body)) failures.push(`${where}: ${ajv.errorsText(validate.errors)}`);
          }
        }),
        { numRuns: RUNS, endOnFailure: false },
      );
    }
    console.log(
      `schema fuzzing: ${requests} requests, ${validated} answers checked against their documented schema; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
    );
    expect(requests).toBeGreaterThanOrEqual(RUNS * 100);
    expect(validated).toBeGreaterThan(RUNS * 10);
    expect(
      [
        ...new Set(
          failures.map((f) =>
            f.split(': ')[0]!.replace(/\/[0-9a-f-]{36}|\?.*? as/g, (m) => (m.startsWith('?') ? ' as' : '/{id}')),
          ),
        ),
      ].slice(0, 50),
    ).toEqual([]);
    // ~170 operations × 200 requests: about 4 minutes alone on 2 cores, more beside other work.
  }, 900_000);
});
