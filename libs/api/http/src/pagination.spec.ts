import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { MAX_PAGE, MAX_PAGE_SIZE, PageQueryDto, toPage } from './pagination';

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

  it(`refuses pages beyond ${MAX_PAGE}, so the offset always fits (page=1e20 overflowed PostgreSQL's bigint)`, () => {
    expect(parse({ page: String(MAX_PAGE), limit: String(MAX_PAGE_SIZE) }).dto.offset).toBe(
      (MAX_PAGE - 1) * MAX_PAGE_SIZE,
    );
    for (const page of [String(MAX_PAGE + 1), '100000000000000000000', '9223372036854775808', '9007199254740993'])
      expect(parse({ page }).errors).toEqual(['page']);
  });

  it('takes only plain decimal integers from the query string', () => {
    for (const value of [
      '1e3',
      '1e20',
      '-0',
      '1e-9',
      '0.5',
      '2.0',
      '0x10',
      '0b1',
      ' 5 ',
      '5 ',
      '+5',
      'Infinity',
      '-Infinity',
      'NaN',
      '',
      '1_000',
      '٣',
    ]) {
      expect({ value, errors: parse({ page: value }).errors }).toEqual({ value, errors: ['page'] });
      expect({ value, errors: parse({ limit: value }).errors }).toEqual({ value, errors: ['limit'] });
    }
    expect(parse({ page: '7', limit: '100' }).errors).toEqual([]);
  });

  it('names the bounds in one message', () => {
    const errors = validateSync(plainToInstance(PageQueryDto, { page: '1e3' }));
    expect(errors[0].constraints).toMatchObject({ isInt: `page must be a whole number from 1 to ${MAX_PAGE}` });
  });
});

describe('toPage', () => {
  it('answers the one list shape', () => {
    expect(toPage(['a', 'b'], 41, { page: 2, limit: 20 })).toEqual({
      items: ['a', 'b'],
      page: 2,
      limit: 20,
      total: 41,
      totalPages: 3,
    });
  });
});
