import { z } from 'zod';

/**
 * Parses of a schema before it is compiled. Compiling the visit schema takes tens of milliseconds, repaid only
 * over many parses (each saves about 15 µs): a short-lived process, such as a serverless cold start sending one
 * visit, should not pay for it.
 */
export const COMPILE_AFTER_PARSES = 16;

// Per source schema: how often it was parsed so far, then its compiled clone.
const seen = new WeakMap<z.ZodType, number | z.ZodType>();

/**
 * The schema with zod's ahead-of-time compiled fast path (`z.compile`) once it has been parsed
 * COMPILE_AFTER_PARSES times, the schema itself before. The compiled clone parses a valid record in about half
 * the time of the runtime parser, and a visit record is the largest single cost of buildVisitBundle. Invalid
 * input falls back to the runtime parser, so issues, paths and messages are exactly the runtime's;
 * refinements and transforms may then run twice, which is harmless for this package's schemas (they only
 * read the parse context and report). A schema zod cannot compile stays as it is, and so does every schema
 * when the application set `z.config({ jitless: true })` (no `new Function`, as a strict CSP demands).
 */
export function fastParser<S extends z.ZodType>(schema: S): S {
  if (z.config().jitless) return schema;
  const state = seen.get(schema);
  if (typeof state === 'object') return state as S;
  const parses = (state ?? 0) + 1;
  if (parses < COMPILE_AFTER_PARSES) {
    seen.set(schema, parses);
    return schema;
  }
  const compiled = z.compile(schema);
  seen.set(schema, compiled);
  return compiled;
}
