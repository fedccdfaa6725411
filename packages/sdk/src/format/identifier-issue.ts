/** Why an identifier was rejected; elements translate the code, servers put it in a problem's `issues`. */
export type IdentifierIssueCode =
  | 'required'
  | 'invalid_characters'
  | 'too_short'
  | 'too_long'
  | 'all_zero'
  | 'invalid_region';

export interface IdentifierIssue {
  code: IdentifierIssueCode;
  /** The length the identifier must have. */
  expected: number;
  /** How many characters were given (after separators were removed). */
  actual: number;
  /** English text for logs and problem bodies; never contains the identifier itself. */
  message: string;
}
