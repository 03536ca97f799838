/** class-transformer `@Transform(trim)`: strings arrive without surrounding whitespace; other values untouched. */
export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
