import type { z } from 'zod';
import { FhirMappingError, type MappingIssue } from '../errors/fhir-mapping-error';
import { fastParser } from './compiled';
import { type RecordParseOptions, withParseContext } from './parse-context';

/** Joins path segments the way a reader writes them: `prescription.lines[2].dosage.dose`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** zod issues as MappingIssues; custom refinements carry their own kind in `params.code`. */
export function mappingIssuesFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): MappingIssue[] {
  return error.issues.map((issue) => {
    const own = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
    return {
      path: formatPath([...prefix, ...issue.path]),
      message: issue.message,
      code: typeof own === 'string' ? own : issue.code,
    };
  });
}

/**
 * Parses a clinic record or throws a FhirMappingError naming every bad field. `options` set the clock and
 * zone the record's datetimes are judged by. Valid records take zod's compiled fast path (see fastParser).
 */
export function parseRecord<S extends z.ZodType>(
  schema: S,
  input: unknown,
  subject: string,
  options: RecordParseOptions = {},
): z.output<S> {
  const parser = fastParser(schema);
  const result = withParseContext(options, () => parser.safeParse(input));
  if (!result.success) throw new FhirMappingError(subject, mappingIssuesFromZod(result.error));
  return result.data;
}
