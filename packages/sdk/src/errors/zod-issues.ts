import type { z } from 'zod';
import { ConfigurationError } from './configuration-error';
import { type FieldIssue, formatPath } from './field-issue';
import { ValidationError } from './validation-error';

/** Converts zod's issues to ours, keeping the path and the kind. */
export function fieldIssuesFromZod(error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
    code: issue.code,
  }));
}

/** Parses input or throws a ValidationError naming every bad field. Nothing is built from invalid input. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, subject: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ValidationError(subject, fieldIssuesFromZod(result.error));
  return result.data;
}

/** Parses options at construction or throws a ConfigurationError naming every bad option. */
export function parseConfig<S extends z.ZodType>(schema: S, input: unknown, component: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new ConfigurationError(component, fieldIssuesFromZod(result.error));
  return result.data;
}
