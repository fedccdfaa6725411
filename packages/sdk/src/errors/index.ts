export { ConfigurationError } from './configuration-error';
export { type FieldIssue, formatPath } from './field-issue';
export {
  isAuthenticationError,
  isConfigurationError,
  isConflictError,
  isDecryptionError,
  isForbiddenError,
  isNotFoundError,
  isRateLimitError,
  isRemoteValidationError,
  isTransportError,
  isValidationError,
} from './guards';
export {
  AuthenticationError,
  ConflictError,
  DecryptionError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  TransportError,
  type TransportFailure,
} from './remote-errors';
export { type RemoteIssue, RemoteValidationError } from './remote-validation-error';
export {
  isSehatError,
  SehatError,
  type SehatErrorCode,
  type SehatErrorOptions,
  type SehatErrorSource,
} from './sehat-error';
export { ValidationError } from './validation-error';
export { fieldIssuesFromZod, parseConfig, parseInput } from './zod-issues';
