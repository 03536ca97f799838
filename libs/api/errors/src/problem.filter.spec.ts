import { BadRequestException, NotFoundException } from '@nestjs/common';
import { IsInt, Min, ValidateNested, validateSync } from 'class-validator';
import { plainToInstance, Type } from 'class-transformer';
import { errorCodes } from 'fastify';
import { DomainException, PlatformErrorCode, PlatformException } from './domain.exception';
import { ProblemFilter, isUnavailableError } from './problem.filter';
import { type ProblemSpec } from './problem';
import { flattenValidationErrors } from './validation';

enum SampleCode {
  Missing = 'sample_missing',
}
class SampleException extends DomainException<SampleCode> {
  protected describe(code: SampleCode): ProblemSpec {
    switch (code) {
      case SampleCode.Missing:
        return { status: 404, title: 'The sample does not exist' };
    }
  }
}

describe('ProblemFilter.toProblem', () => {
  const filter = new ProblemFilter();

  it('turns a domain exception into its problem with code, type and extensions', () => {
    expect(
      filter.toProblem(new SampleException(SampleCode.Missing, 'No sample 7.', { sampleId: '7' }), '/api/v1/samples/7'),
    ).toEqual({
      type: 'https://jobunivers.dk/problems/sample-missing',
      title: 'The sample does not exist',
      status: 404,
      detail: 'No sample 7.',
      instance: '/api/v1/samples/7',
      code: 'sample_missing',
      sampleId: '7',
    });
  });

  it("maps the HTTP server's own errors (Fastify reading the body, before any handler) to 413, 415 and 400", () => {
    expect(filter.toProblem(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE())).toMatchObject({
      status: 413,
      code: PlatformErrorCode.PayloadTooLarge,
    });
    expect(filter.toProblem(new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE('text/plain'))).toMatchObject({
      status: 415,
      code: PlatformErrorCode.UnsupportedMediaType,
    });
    expect(filter.toProblem(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH())).toMatchObject({
      status: 400,
      code: PlatformErrorCode.MalformedRequest,
    });
    // Only the server's own errors: another error that happens to carry a status stays a generic 500.
    expect(filter.toProblem(Object.assign(new Error('x'), { statusCode: 413 }))).toMatchObject({ status: 500 });
  });

  it('maps Nest HTTP exceptions and keeps their status', () => {
    expect(filter.toProblem(new NotFoundException('Cannot GET /x'), '/x')).toMatchObject({
      status: 404,
      code: 'route_not_found',
      title: 'There is no such resource',
    });
    expect(
      filter.toProblem(new BadRequestException("Expected property name or '}' in JSON at position 1")),
    ).toMatchObject({ status: 400, code: 'malformed_request' });
  });

  it('answers 503 when the database is unreachable, also when wrapped', () => {
    const driverError = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(isUnavailableError({ message: 'query failed', driverError })).toBe(true);
    expect(filter.toProblem(Object.assign(new Error('x'), { driverError }))).toMatchObject({
      status: 503,
      code: 'service_unavailable',
    });
  });

  it('hides unknown errors behind a generic 500', () => {
    const problem = filter.toProblem(new TypeError("Cannot read properties of undefined (reading 'cpr')"));
    expect(problem).toEqual({
      type: 'https://jobunivers.dk/problems/internal-error',
      title: 'Something went wrong on our side',
      status: 500,
      code: 'internal_error',
    });
  });
});

describe('flattenValidationErrors', () => {
  class Line {
    @IsInt() @Min(1) quantity!: number;
  }
  class Order {
    @IsInt() page!: number;
    @ValidateNested({ each: true }) @Type(() => Line) lines!: Line[];
  }

  it('names nested fields with dotted paths', () => {
    const order = plainToInstance(Order, { page: 'x', lines: [{ quantity: 0 }] });
    const fields = flattenValidationErrors(validateSync(order)).map((e) => e.field);
    expect(fields).toEqual(['page', 'lines.0.quantity']);
  });

  it('builds one 400 problem listing every field', () => {
    const problem = PlatformException.validation([
      { field: 'page', message: 'page must be an integer number' },
      { field: 'extra', message: 'extra is not an allowed field' },
    ]).toProblem();
    expect(problem).toMatchObject({ status: 400, code: 'validation_failed', detail: 'Invalid fields: page, extra' });
    expect(problem['errors']).toHaveLength(2);
  });
});
