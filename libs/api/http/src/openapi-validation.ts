import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/** Where @nestjs/swagger keeps a property's @ApiProperty options (its `API_MODEL_PROPERTIES`, not exported). */
const API_MODEL_PROPERTIES = 'swagger/apiModelProperties';

type PropertyOptions = Record<string, unknown>;

/**
 * What class-validator accepts, written into the OpenAPI property metadata before the document is
 * generated — the one place where validation and contract are made to agree, for body schemas and
 * query parameters alike (both come from the same property metadata):
 * - `@IsInt` → `type: integer`;
 * - `@IsNotEmpty` → `minLength: 1`; `@MinLength(n)` / `@Length(n, m)` → `minLength: n` (and `maxLength`);
 * - `@ArrayNotEmpty` / `@ArrayMinSize(n)` → `minItems`;
 * - `@Min` / `@Max` → `minimum` / `maximum` where the decorator did not say;
 * - `@IsOptional` (class-validator lets `null` through as "absent") → `nullable: true`.
 * Explicit `@ApiProperty` options win over the derived ones (except `type: integer`, which is never less true).
 */
export function applyValidationToApiProperties(): void {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<object, ValidationMetadata[]> };
  for (const [target, metadatas] of storage.validationMetadatas) {
    const byProperty = new Map<string, ValidationMetadata[]>();
    for (const m of metadatas) byProperty.set(m.propertyName, [...(byProperty.get(m.propertyName) ?? []), m]);
    for (const [property, rules] of byProperty) {
      const prototype = (target as { prototype?: object }).prototype;
      if (!prototype) continue;
      const current = Reflect.getMetadata(API_MODEL_PROPERTIES, prototype, property) as PropertyOptions | undefined;
      if (!current) continue;
      const derived = deriveOptions(rules, {
        ...current,
        type: current['type'] ?? Reflect.getMetadata('design:type', prototype, property),
      });
      if (Object.keys(derived).length)
        Reflect.defineMetadata(API_MODEL_PROPERTIES, { ...current, ...derived }, prototype, property);
    }
  }
}

function deriveOptions(rules: ValidationMetadata[], current: PropertyOptions): PropertyOptions {
  const out: PropertyOptions = {};
  const has = (key: string) => current[key] !== undefined;
  const isArray = current['isArray'] === true || current['type'] === Array || Array.isArray(current['type']);
  for (const rule of rules) {
    const name = rule.name ?? '';
    const [a, b] = (rule.constraints ?? []) as unknown[];
    // A rule with `each` constrains the items; the array's own options stay as they are except for the type.
    const onItems = rule.each === true;
    if (
      rule.type === 'conditionalValidation' &&
      name === 'isOptional' &&
      !has('nullable') &&
      current['required'] !== true
    )
      out['nullable'] = true;
    if (
      name === 'isInt' &&
      (current['type'] === Number || current['type'] === 'number' || current['type'] === 'integer')
    )
      out['type'] = 'integer';
    if (onItems || isArray) {
      if (name === 'arrayNotEmpty' && !has('minItems')) out['minItems'] = 1;
      if (name === 'arrayMinSize' && typeof a === 'number' && !has('minItems')) out['minItems'] = a;
      if (name === 'arrayMaxSize' && typeof a === 'number' && !has('maxItems')) out['maxItems'] = a;
      continue;
    }
    if (name === 'isNotEmpty' && !has('minLength') && !has('enum') && isStringLike(current)) out['minLength'] = 1;
    if (name === 'minLength' && typeof a === 'number' && a > 0 && !has('minLength')) out['minLength'] = a;
    if (name === 'isLength') {
      if (typeof a === 'number' && a > 0 && !has('minLength')) out['minLength'] = a;
      if (typeof b === 'number' && !has('maxLength')) out['maxLength'] = b;
    }
    if (name === 'maxLength' && typeof a === 'number' && !has('maxLength')) out['maxLength'] = a;
    if (name === 'min' && typeof a === 'number' && !has('minimum')) out['minimum'] = a;
    if (name === 'max' && typeof a === 'number' && !has('maximum')) out['maximum'] = a;
  }
  return out;
}

function isStringLike(options: PropertyOptions): boolean {
  const type = options['type'];
  return type === String || type === 'string';
}
