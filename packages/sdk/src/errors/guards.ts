import type { ConfigurationError } from './configuration-error';
import type {
  AuthenticationError,
  ConflictError,
  DecryptionError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  TransportError,
} from './remote-errors';
import type { RemoteValidationError } from './remote-validation-error';
import { isSehatError, type SehatErrorCode } from './sehat-error';
import type { ValidationError } from './validation-error';

// Guards key off the stable code, not `instanceof`, so they hold across realms and duplicated bundles.
const guard =
  <T>(code: SehatErrorCode) =>
  (value: unknown): value is T =>
    isSehatError(value) && value.code === code;

export const isConfigurationError = guard<ConfigurationError>('CONFIGURATION_INVALID');
export const isValidationError = guard<ValidationError>('VALIDATION_FAILED');
export const isRemoteValidationError = guard<RemoteValidationError>('REMOTE_VALIDATION_FAILED');
export const isAuthenticationError = guard<AuthenticationError>('AUTHENTICATION_FAILED');
export const isForbiddenError = guard<ForbiddenError>('FORBIDDEN');
export const isNotFoundError = guard<NotFoundError>('NOT_FOUND');
export const isConflictError = guard<ConflictError>('CONFLICT');
export const isRateLimitError = guard<RateLimitError>('RATE_LIMITED');
export const isTransportError = guard<TransportError>('TRANSPORT_FAILED');
export const isDecryptionError = guard<DecryptionError>('DECRYPTION_FAILED');
