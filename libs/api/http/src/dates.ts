/**
 * The date and time formats the API takes. Years 1000–9999 only: ISO 8601 also allows year 0000,
 * week dates and ordinal dates, which PostgreSQL does not read — a 400 here, not a 500 there.
 */
export const DATE_PATTERN = /^[1-9]\d{3}-\d{2}-\d{2}$/;
/** A date and time with an offset (`Z` or `±HH:MM`); seconds and milliseconds optional. */
export const INSTANT_PATTERN = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
/** Either of the two (filters that take a day or an exact time). */
export const DATE_OR_INSTANT_PATTERN = new RegExp(`${DATE_PATTERN.source}|${INSTANT_PATTERN.source}`);
