import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsInt, IsUUID, Max, Min } from 'class-validator';

/** Largest value of a PostgreSQL `integer` (int4) column. */
export const INT4_MAX = 2_147_483_647;

/** A plain decimal integer as it may appear in a query string: no exponent, sign on zero, hex, blanks or fraction. */
const DECIMAL_INTEGER = /^(0|-?[1-9]\d*)$/;

/**
 * class-transformer: a query string that is a plain decimal integer becomes that number; anything else
 * (`1e3`, `-0`, `0x10`, ` 5 `, `1.0`, `Infinity`, `NaN`, empty) stays a string, so `IsInt` refuses it.
 * `Number()` alone would take all of those.
 */
export const toQueryInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && DECIMAL_INTEGER.test(value) ? Number(value) : value;

/**
 * The one bound for every whole-number parameter or body field: an integer in `[min, max]` (one
 * message for all three checks), documented as `integer` with `minimum`/`maximum` in OpenAPI on the
 * field's own `@ApiProperty` (see openapi-validation.ts). `query: true` for query parameters (they arrive as text, see `toQueryInt`).
 * Keep `max` within what the column holds (`INT4_MAX` for `integer`) and what the domain allows.
 */
export function IntRange(
  min: number,
  max: number,
  options: { query?: boolean; message?: string } = {},
): PropertyDecorator {
  const message = options.message ?? `$property must be a whole number from ${min} to ${max}`;
  // The OpenAPI document gets `integer`, `minimum` and `maximum` from these rules (openapi-validation.ts).
  return applyDecorators(
    ...(options.query ? [Transform(toQueryInt)] : []),
    IsInt({ message }),
    Min(min, { message }),
    Max(max, { message }),
  );
}

/**
 * Ids: any well-formed RFC 9562 UUID (versions 1–8, nil and max), so an unknown id of another version
 * answers 404 rather than 400. PostgreSQL's `uuid` type holds them all.
 */
export function IsUuid(message = '$property must be a UUID'): PropertyDecorator {
  return IsUUID('all', { message });
}
