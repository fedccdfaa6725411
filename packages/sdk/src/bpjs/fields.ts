import { z } from 'zod';

/** Field schemas shared by the pCare, Antrean and i-Care inputs. Messages never echo the value. */

/** BPJS card number (noKartu / nomorkartu): 13 digits. */
export const memberNumber = z.string().regex(/^\d{13}$/, 'must be 13 digits (BPJS card number)');

/** NIK from the KTP: 16 digits. */
export const nik = z.string().regex(/^\d{16}$/, 'must be 16 digits (NIK)');

/** A reference code as pCare lists them (kdPoli `001`, kdDiag `J06.9`, kdProvider `0114U163`). */
export const code = (max = 20) =>
  z
    .string()
    .trim()
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`)
    .regex(/^[A-Za-z0-9.\-/]+$/, 'must be a code of letters, digits, dots or dashes');

/** Free text BPJS stores; its length caps are not published, so these are generous but finite. */
export const text = (max = 500) => z.string().max(max, `must be at most ${max} characters`);

export const paging = z
  .object({
    /** Zero-based row offset. Default 0. */
    start: z.number().int().min(0).default(0),
    /** Row count. Default 100. */
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .default({ start: 0, limit: 100 });

export type Paging = z.input<typeof paging>;
