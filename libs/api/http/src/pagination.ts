import { applyDecorators, type Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IntRange } from './bounds';

/** Largest page any list endpoint answers. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Deepest page any list answers: `(MAX_PAGE - 1) * MAX_PAGE_SIZE` stays a cheap offset (a page 10^20
 * deep overflowed PostgreSQL's bigint and answered 500).
 */
export const MAX_PAGE = 10_000;

/** Query parameters every list endpoint accepts (extend it with the list's own filters). */
export class PageQueryDto {
  @ApiPropertyOptional({ default: 1, description: `Page number, from 1 to ${MAX_PAGE}.` })
  @IsOptional()
  @IntRange(1, MAX_PAGE, { query: true })
  page: number = 1;

  @ApiPropertyOptional({ default: DEFAULT_PAGE_SIZE, description: `Items per page, at most ${MAX_PAGE_SIZE}.` })
  @IsOptional()
  @IntRange(1, MAX_PAGE_SIZE, { query: true })
  limit: number = DEFAULT_PAGE_SIZE;

  get offset(): number {
    return (this.page - 1) * this.limit;
  }
}

/** The one shape of every list response. */
export interface Page<T> {
  items: T[];
  page: number;
  limit: number;
  total: number;
  totalPages: number;
}

export class PageMetaDto {
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 20 }) limit!: number;
  @ApiProperty({ example: 98, description: 'Number of items across all pages.' }) total!: number;
  @ApiProperty({ example: 5 }) totalPages!: number;
}

export function toPage<T>(items: T[], total: number, query: Pick<PageQueryDto, 'page' | 'limit'>): Page<T> {
  return { items, page: query.page, limit: query.limit, total, totalPages: Math.ceil(total / query.limit) };
}

/** Documents a `Page<Item>` response in OpenAPI. */
export function ApiPageResponse(item: Type<unknown>, description = 'One page of results') {
  return applyDecorators(
    ApiExtraModels(PageMetaDto, item),
    ApiOkResponse({
      description,
      schema: {
        allOf: [
          { $ref: getSchemaPath(PageMetaDto) },
          {
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: { $ref: getSchemaPath(item) } } },
          },
        ],
      },
    }),
  );
}
