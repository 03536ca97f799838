import type { ValidationError } from 'class-validator';
import { type FieldError } from './problem';
import { PlatformException } from './domain.exception';

/**
 * Flattens class-validator errors into `{field, message}` pairs with dotted paths — one per distinct
 * message (two checks of one format, e.g. a pattern and a calendar check, say it once).
 */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const messages = Object.entries(error.constraints ?? {}).map(([constraint, message]) =>
      constraint === 'whitelistValidation'
        ? `${field} is not an allowed field`
        : message.replace(error.property, field),
    );
    return [
      ...[...new Set(messages)].map((message) => ({ field, message })),
      ...flattenValidationErrors(error.children ?? [], field),
    ];
  });
}

/** `exceptionFactory` for the global ValidationPipe: a 400 problem that names every bad field. */
export function validationExceptionFactory(errors: ValidationError[]): PlatformException {
  return PlatformException.validation(flattenValidationErrors(errors));
}
