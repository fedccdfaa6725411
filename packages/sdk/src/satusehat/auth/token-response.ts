import { z } from 'zod';

const numericString = z.union([z.string().regex(/^\d+$/), z.number().int().nonnegative()]).transform(Number);

/**
 * The Apigee token object SATUSEHAT answers with; every number in it is a string (satusehat.md §2.2).
 * Only the fields the client uses are required.
 */
export const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: numericString,
  issued_at: numericString.optional(),
  token_type: z.string().optional(),
});

export type TokenResponse = z.output<typeof tokenResponseSchema>;
