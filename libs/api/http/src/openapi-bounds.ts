import { ApiProperty } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';

const SWAGGER_PROPERTY = 'swagger/apiModelProperties';

interface ValidationEntry {
  name?: string;
  propertyName: string;
  constraints?: unknown[];
  each?: boolean;
}

/**
 * Documents the length bounds the DTOs validate (`@MaxLength`, `@MinLength`, `@Length`,
 * `@ArrayMaxSize`) as `maxLength` / `minLength` / `maxItems` on the fields' own `@ApiProperty`, so
 * the contract says what the server enforces without a second literal in every decorator. Only
 * fields that are documented already are touched; an explicit value in `@ApiProperty` wins.
 */
export function documentValidationBounds(): void {
  const storage = getMetadataStorage() as unknown as { validationMetadatas: Map<object, ValidationEntry[]> };
  for (const [target, entries] of storage.validationMetadatas) {
    const prototype = (target as { prototype?: object }).prototype;
    if (!prototype) continue;
    for (const entry of entries) {
      if (entry.each) continue;
      const documented = Reflect.getMetadata(SWAGGER_PROPERTY, prototype, entry.propertyName) as Record<string, unknown> | undefined;
      if (!documented) continue;
      const [first, second] = (entry.constraints ?? []) as number[];
      const bounds: Record<string, number> = {};
      if (entry.name === 'maxLength') bounds['maxLength'] = first;
      else if (entry.name === 'minLength') bounds['minLength'] = first;
      else if (entry.name === 'isLength') Object.assign(bounds, typeof second === 'number' ? { minLength: first, maxLength: second } : { minLength: first });
      else if (entry.name === 'arrayMaxSize') bounds['maxItems'] = first;
      const missing = Object.fromEntries(Object.entries(bounds).filter(([key, value]) => typeof value === 'number' && documented[key] === undefined));
      if (Object.keys(missing).length > 0) ApiProperty(missing)(prototype, entry.propertyName);
    }
  }
}
