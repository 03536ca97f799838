import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { MAX_PAGE_SIZE, PageQueryDto, toPage } from './pagination';

const parse = (query: Record<string, string>) => {
  const dto = plainToInstance(PageQueryDto, query);
  return { dto, errors: validateSync(dto).map((e) => e.property) };
};

describe('PageQueryDto', () => {
  it('defaults to page 1 with 20 items', () => {
    const { dto, errors } = parse({});
    expect(errors).toEqual([]);
    expect([dto.page, dto.limit, dto.offset]).toEqual([1, 20, 0]);
  });

  it('converts query strings and computes the offset', () => {
    const { dto } = parse({ page: '3', limit: '50' });
    expect([dto.page, dto.limit, dto.offset]).toEqual([3, 50, 100]);
  });

  it(`refuses limits above ${MAX_PAGE_SIZE}, page 0 and non-numbers`, () => {
    expect(parse({ limit: String(MAX_PAGE_SIZE + 1) }).errors).toEqual(['limit']);
    expect(parse({ page: '0' }).errors).toEqual(['page']);
    expect(parse({ page: 'two' }).errors).toEqual(['page']);
  });
});

describe('toPage', () => {
  it('answers the one list shape', () => {
    expect(toPage(['a', 'b'], 41, { page: 2, limit: 20 })).toEqual({ items: ['a', 'b'], page: 2, limit: 20, total: 41, totalPages: 3 });
  });
});
