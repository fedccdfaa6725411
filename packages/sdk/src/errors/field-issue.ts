/** One problem with one input field, located by a path such as `patient.identifier[0].value`. */
export interface FieldIssue {
  path: string;
  message: string;
  /** A machine-readable kind, e.g. `too_small`, `invalid_format`, `future_date`. */
  code?: string;
}

/** Joins path segments the way a reader writes them: `lines[2].dose.value`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}
