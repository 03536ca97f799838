export { DomainException, PlatformErrorCode, PlatformException } from './domain.exception';
export {
  type FieldError,
  type ProblemDetails,
  type ProblemSpec,
  PROBLEM_CONTENT_TYPE,
  problemTypeFor,
} from './problem';
export { ProblemFilter, isUnavailableError } from './problem.filter';
export { flattenValidationErrors, validationExceptionFactory } from './validation';
