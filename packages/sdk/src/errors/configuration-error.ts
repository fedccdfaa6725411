import type { FieldIssue } from './field-issue';
import { SehatError } from './sehat-error';

/** A client or handler was constructed with options that cannot work; thrown at start, never later. */
export class ConfigurationError extends SehatError {
  readonly issues: readonly FieldIssue[];

  constructor(component: string, issues: readonly FieldIssue[]) {
    const list = issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ');
    super('CONFIGURATION_INVALID', 500, `Invalid ${component} configuration: ${list}`);
    this.name = 'ConfigurationError';
    this.issues = issues;
  }
}
