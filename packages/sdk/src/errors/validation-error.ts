import type { FieldIssue } from './field-issue';
import { SehatError, type SehatErrorOptions } from './sehat-error';

/** Input rejected before any I/O. Every issue names the field path it is about. */
export class ValidationError extends SehatError {
  readonly issues: readonly FieldIssue[];

  constructor(subject: string, issues: readonly FieldIssue[], options?: SehatErrorOptions) {
    const list = issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');
    super('VALIDATION_FAILED', 400, `Invalid ${subject}: ${list}`, options);
    this.name = 'ValidationError';
    this.issues = issues;
  }

  /** The first issue's path, the field a form should focus. */
  get field(): string | undefined {
    return this.issues[0]?.path;
  }
}
