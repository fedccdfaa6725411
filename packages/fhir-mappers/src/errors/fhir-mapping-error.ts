import { maskIdentifiers } from './mask';

/** One problem with one input field, located by a path such as `diagnoses[1].code`. */
export interface MappingIssue {
  path: string;
  message: string;
  /** A machine-readable kind, e.g. `invalid_format`, `future_date`, `end_before_start`, `unknown_unit`. */
  code?: string;
}

/**
 * Why a FhirMappingError was thrown: a clinic record that cannot become a SATUSEHAT resource, or a
 * document said to come from SATUSEHAT that does not have the shape its reader expects.
 */
export type FhirMappingReason = 'invalid_record' | 'unreadable_resource';

// The SDK's error family recognises its members by this cross-realm brand and their stable `code`
// (packages/sdk/src/errors/sehat-error.ts). Carrying both makes `isSehatError` and `isValidationError` true
// for a FhirMappingError without this package importing the SDK (the dependency runs sdk -> fhir-mappers).
const SEHAT_BRAND = Symbol.for('@sehatkit/error');
const OWN_BRAND = Symbol.for('@sehatkit/fhir-mapping-error');

/**
 * Thrown when a record cannot be mapped (or a SATUSEHAT document cannot be read). Nothing is half-built:
 * the error is raised before any resource is assembled, and every issue names its field path.
 *
 * Shaped like `ValidationError` from `@sehatkit/sdk`: `code: 'VALIDATION_FAILED'`, `status: 400`,
 * `issues: {path, message, code}[]`, `field`, `toJSON()`. Messages never contain a NIK, KK or card number.
 */
export class FhirMappingError extends Error {
  readonly code = 'VALIDATION_FAILED' as const;
  readonly status = 400;
  readonly source = 'sehatkit' as const;
  readonly reason: FhirMappingReason;
  readonly issues: readonly MappingIssue[];

  constructor(
    subject: string,
    issues: readonly MappingIssue[],
    reason: FhirMappingReason = 'invalid_record',
  ) {
    const safe = issues.map((i) => ({
      ...i,
      path: maskIdentifiers(i.path),
      message: maskIdentifiers(i.message),
    }));
    const list = safe.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');
    super(`Invalid ${subject}: ${list}`);
    this.name = 'FhirMappingError';
    this.reason = reason;
    this.issues = safe;
    Object.defineProperty(this, SEHAT_BRAND, { value: true });
    Object.defineProperty(this, OWN_BRAND, { value: true });
  }

  /** The first issue's path, the field a form should focus. */
  get field(): string | undefined {
    return this.issues[0]?.path;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      source: this.source,
      reason: this.reason,
      message: this.message,
      issues: this.issues,
    };
  }
}

/** True for a FhirMappingError, even one thrown by another copy of this package. */
export function isFhirMappingError(value: unknown): value is FhirMappingError {
  return (
    typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[OWN_BRAND] === true
  );
}
