import { type ArgumentMetadata, ValidationPipe, type ValidationPipeOptions } from '@nestjs/common';
import { type FieldError, PlatformException } from '@jobunivers/api/errors';

/**
 * Text PostgreSQL cannot store: NUL (refused in `text`, it answered 500) and lone UTF-16 surrogates
 * (no UTF-8 form; the driver would silently turn them into U+FFFD).
 */
const UNSAFE_TEXT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const isSafeText = (text: string): boolean => !text.includes('\u0000') && !UNSAFE_TEXT.test(text);

/**
 * Every string (values and keys) in a request value that PostgreSQL cannot store, with its dotted
 * path. Iterative, so a deeply nested body cannot overflow the stack.
 */
export function findUnsafeText(value: unknown, root: string): FieldError[] {
  const found: FieldError[] = [];
  const stack: Array<[unknown, string]> = [[value, root]];
  for (let next = stack.pop(); next && found.length < 10; next = stack.pop()) {
    const [current, path] = next;
    if (typeof current === 'string') {
      if (!isSafeText(current))
        found.push({
          field: path,
          message: `${path} contains characters that are not allowed (NUL or an unpaired surrogate)`,
        });
    } else if (current && typeof current === 'object') {
      for (const [key, child] of Object.entries(current)) {
        const childPath = path ? `${path}.${key}` : key;
        if (!isSafeText(key))
          found.push({
            field: path || 'body',
            message: `${path || 'body'} has a field name with characters that are not allowed`,
          });
        else stack.push([child, childPath]);
      }
    }
  }
  return found;
}

/**
 * The global ValidationPipe, preceded by one rule for all text in body, query and path: NUL and
 * unpaired surrogates give a 400 problem naming the field, before any DTO or handler sees them.
 */
export class AppValidationPipe extends ValidationPipe {
  constructor(options: ValidationPipeOptions) {
    super(options);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const unsafe = findUnsafeText(
        value,
        metadata.data ?? (value !== null && typeof value === 'object' ? '' : metadata.type),
      );
      if (unsafe.length > 0) throw PlatformException.validation(unsafe);
    }
    return super.transform(value, metadata);
  }
}
