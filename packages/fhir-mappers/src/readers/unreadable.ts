import type { z } from 'zod';
import { FhirMappingError } from '../errors/fhir-mapping-error';
import { mappingIssuesFromZod } from '../records/parse';

/** Parses a document said to come from SATUSEHAT; a wrong shape is a FhirMappingError (unreadable_resource). */
export function readWith<S extends z.ZodType>(schema: S, input: unknown, subject: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new FhirMappingError(subject, mappingIssuesFromZod(result.error), 'unreadable_resource');
  }
  return result.data;
}
