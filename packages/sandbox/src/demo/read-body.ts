import type { Context } from 'hono';
import type { z } from 'zod';
import { DemoError, validationProblem } from './problem';

/** Parses a JSON body with a schema; bad JSON and refused fields both answer 400 before anything happens. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new DemoError(400, 'VALIDATION_FAILED', {
      id: 'Isi permintaan bukan JSON.',
      en: 'The request body is not JSON.',
    });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationProblem(parsed.error);
  return parsed.data;
}
