import { z } from 'zod';

/** FHIR's id datatype (R4): 1–64 of letters, digits, `-` and `.`. */
export const fhirId = z
  .string()
  .regex(/^[A-Za-z0-9\-.]{1,64}$/, 'Must be a FHIR id (1-64 letters, digits, - or .)');
export const resourceTypeName = z
  .string()
  .regex(/^[A-Z][A-Za-z]{1,63}$/, 'Must be a FHIR resource type such as Encounter');
/** NIK: 16 digits. The message never repeats the value. */
export const nikSchema = z.string().regex(/^\d{16}$/, 'Must be a 16-digit NIK');

export const resourceSchema = z.looseObject({ resourceType: resourceTypeName, id: fhirId.optional() });

export const patchSchema = z
  .array(
    z.looseObject({
      op: z.enum(['add', 'remove', 'replace', 'move', 'copy', 'test']),
      path: z.string().startsWith('/', 'Must be a JSON pointer such as /period/start'),
      from: z.string().startsWith('/').optional(),
    }),
  )
  .min(1, 'Must contain at least one operation');

export const transactionSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.enum(['transaction', 'batch']),
  entry: z
    .array(
      z.looseObject({
        fullUrl: z.string().optional(),
        resource: resourceSchema,
        request: z.looseObject({
          method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
          url: z.string().min(1),
        }),
      }),
    )
    .min(1, 'Must contain at least one entry'),
});
