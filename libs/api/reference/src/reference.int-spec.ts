import type { INestApplication } from '@nestjs/common';
import { createModuleTestApp, TestHttp } from '@jobunivers/api/testing';
import { ReferenceModule, referenceMigrations } from './reference.module';
import { ReferenceService } from './reference.service';

interface Municipality {
  code: string;
  name: string;
  region: string;
}
interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
  totalPages: number;
}

describe('reference module (HTTP, real PostgreSQL)', () => {
  let app: INestApplication;
  let http: TestHttp;

  beforeAll(async () => {
    app = await createModuleTestApp({ imports: [ReferenceModule], migrations: referenceMigrations });
    http = await TestHttp.of(app);
  });
  afterAll(() => app.close());

  it('lists all 98 municipalities, paginated, in code order', async () => {
    const res = await http.get<Page<Municipality>>('/api/v1/municipalities?limit=40&page=3');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ page: 3, limit: 40, total: 98, totalPages: 3 });
    expect(res.body.items).toHaveLength(18);
    const codes = res.body.items.map((m) => m.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes.at(-1)).toBe('0860');
  });

  it('filters by region and name prefix, case-insensitively, and sorts', async () => {
    const north = await http.get<Page<Municipality>>('/api/v1/municipalities?region=Nordjylland&limit=100&sort=-name');
    expect(north.body.total).toBe(11);
    expect(north.body.items[0].name).toBe('Vesthimmerlands');
    const aar = await http.get<Page<Municipality>>('/api/v1/municipalities?q=aar');
    expect(aar.body.items.map((m) => m.name)).toEqual(['Aarhus']);
    const byCode = await http.get<Page<Municipality>>('/api/v1/municipalities?q=0230');
    expect(byCode.body.items.map((m) => m.name)).toEqual(['Rudersdal']);
  });

  it('answers one municipality, and a 404 problem for an unknown code', async () => {
    expect((await http.get('/api/v1/municipalities/0751')).body).toMatchObject({
      code: '0751',
      name: 'Aarhus',
      region: 'Midtjylland',
    });
    const missing = await http.get('/api/v1/municipalities/0001');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({
      code: 'municipality_not_found',
      status: 404,
      instance: '/api/v1/municipalities/0001',
    });
  });

  it('names the field for bad input and the unknown parameters', async () => {
    const res = await http.get<{ errors: Array<{ field: string }> }>(
      '/api/v1/municipalities?region=Skåne&limit=500&colour=red',
    );
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e) => e.field).sort()).toEqual(['colour', 'limit', 'region']);
    const badCode = await http.get('/api/v1/postal-codes/80x0');
    expect(badCode.status).toBe(400);
    expect(badCode.body).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'code', message: 'code must be a 4-digit postal code' }],
    });
  });

  it('tells which municipality (jobcentre) serves a postal code', async () => {
    const res = await http.get('/api/v1/postal-codes/8000');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      code: '8000',
      name: 'Aarhus C',
      municipalities: [{ code: '0751', name: 'Aarhus' }],
    });
    // Some postal codes cross a municipal border: all their municipalities are listed.
    const holte = await http.get<{ municipalities: Array<{ code: string }> }>('/api/v1/postal-codes/2840');
    expect(holte.body.municipalities.map((m) => m.code)).toEqual(['0173', '0230']);
    const search = await http.get<Page<{ code: string }>>('/api/v1/postal-codes?q=800&limit=5');
    expect(search.body.items.map((p) => p.code)).toEqual(['8000']);
    const inAarhus = await http.get<Page<{ code: string }>>('/api/v1/postal-codes?municipality=0751&limit=100');
    expect(inAarhus.body.total).toBeGreaterThan(10);
  });

  it('measures distances between postal codes through the facade', async () => {
    const km = await app.get(ReferenceService).distanceBetweenPostalCodes('8000', '1050');
    expect(km).toBeGreaterThan(140);
    expect(km).toBeLessThan(170);
  });

  it('ships the occupation catalogue: all 436 ISCO-08 unit groups in Danish and English, searchable without accents', async () => {
    const all = await http.get<Page<{ code: string; titleDa: string; titleEn: string }>>(
      '/api/v1/occupations?limit=100',
    );
    expect(all.body.total).toBe(436);
    const nurses = await http.get<Page<{ code: string; titleDa: string }>>('/api/v1/occupations?q=sygepl');
    expect(nurses.body.items[0]).toEqual({ code: '2221', titleDa: 'Sygeplejersker', titleEn: 'Nursing professionals' });
    const chefs = await http.get<Page<{ code: string }>>('/api/v1/occupations?q=kokken');
    expect(chefs.body.items.map((o) => o.code)).toEqual(expect.arrayContaining(['3434', '9412']));
    const english = await http.get<Page<{ code: string }>>('/api/v1/occupations?q=software%20developers');
    expect(english.body.items.map((o) => o.code)).toContain('2512');
    const byCode = await http.get<Page<{ code: string }>>('/api/v1/occupations?q=251&limit=10');
    expect(byCode.body.items.map((o) => o.code).sort()).toEqual(['2511', '2512', '2513', '2514', '2519']);
    expect((await http.get('/api/v1/occupations/2512')).body).toEqual({
      code: '2512',
      titleDa: 'Softwareudviklere',
      titleEn: 'Software developers',
    });
    expect((await http.get('/api/v1/occupations/9999')).status).toBe(404);
    expect((await http.get('/api/v1/occupations/25')).status).toBe(400);
    expect(await app.get(ReferenceService).unknownOccupations(['2512', '9999'])).toEqual(['9999']);
  });

  it('filters the skill catalogue by words in either language, and refuses an overlong query', async () => {
    const truck = await http.get<{ items: Array<{ id: string }> }>('/api/v1/skills?q=truck');
    expect(truck.body.items.map((s) => s.id)).toEqual(['forklift', 'truck-driving']);
    const english = await http.get<{ items: Array<{ id: string }> }>('/api/v1/skills?q=forklift%20licence');
    expect(english.body.items.map((s) => s.id)).toEqual(['forklift']);
    expect((await http.get('/api/v1/skills?q=' + 'x'.repeat(101))).status).toBe(400);
  });
});
