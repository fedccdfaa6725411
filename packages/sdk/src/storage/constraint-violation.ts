/** PostgreSQL SQLSTATEs SehatKit turns into domain errors. */
export const SQLSTATE = {
  uniqueViolation: '23505',
  exclusionViolation: '23P01',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
} as const;

/**
 * True when a driver error (pg or PGlite, which share the protocol's fields) is the named violation,
 * optionally of one constraint. This is how "slot just taken" is told apart from a real failure.
 */
export function isConstraintViolation(
  error: unknown,
  sqlstate: (typeof SQLSTATE)[keyof typeof SQLSTATE],
  constraint?: string,
): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint: name } = error as { code?: unknown; constraint?: unknown };
  return code === sqlstate && (constraint === undefined || name === constraint);
}
