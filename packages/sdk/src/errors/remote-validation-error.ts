import { SehatError, type SehatErrorSource } from './sehat-error';

/** One finding of a remote service: a SATUSEHAT OperationOutcome issue or a BPJS 412 `{field, message}`. */
export interface RemoteIssue {
  message: string;
  /** Where the problem is: a FHIRPath expression (SATUSEHAT) or a field name (BPJS). */
  location?: string;
  /** SATUSEHAT's `RuleNumber` parsed out of `details.text`. */
  ruleNumber?: number;
  severity?: 'fatal' | 'error' | 'warning' | 'information';
  /** The remote's own issue type, e.g. FHIR `value`, `format`, `duplicate`. */
  code?: string;
}

/** The remote service understood the request and refused its content. Not retried. */
export class RemoteValidationError extends SehatError {
  readonly issues: readonly RemoteIssue[];
  readonly httpStatus: number;

  constructor(source: SehatErrorSource, httpStatus: number, issues: readonly RemoteIssue[]) {
    const list = issues
      .map(
        (i) =>
          `${i.location ? `${i.location}: ` : ''}${i.message}${i.ruleNumber ? ` [rule ${i.ruleNumber}]` : ''}`,
      )
      .join('; ');
    super(
      'REMOTE_VALIDATION_FAILED',
      422,
      `${source} rejected the request: ${list || `HTTP ${httpStatus}`}`,
      {
        source,
      },
    );
    this.name = 'RemoteValidationError';
    this.issues = issues;
    this.httpStatus = httpStatus;
  }

  /** The rule numbers SATUSEHAT reported, in order. */
  get ruleNumbers(): number[] {
    return this.issues.flatMap((i) => (i.ruleNumber === undefined ? [] : [i.ruleNumber]));
  }
}
