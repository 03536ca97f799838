/** One invalid input field of a validation problem; `field` is a dotted path (e.g. `items.0.title`). */
export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details, as every error of the API is answered (`application/problem+json`). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  /** Stable machine-readable code (e.g. `validation_failed`, `municipality_not_found`). */
  code: string;
  /** Present on validation problems: every bad field. */
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const PROBLEM_TYPE_BASE = 'https://jobunivers.dk/problems/';

export interface ProblemSpec {
  status: number;
  title: string;
}

export function problemTypeFor(code: string): string {
  return PROBLEM_TYPE_BASE + code.replace(/_/g, '-');
}
