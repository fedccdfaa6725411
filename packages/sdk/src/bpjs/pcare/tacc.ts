import { z } from 'zod';

/**
 * TACC (Time, Age, Complication, Comorbidity): the justification pCare wants when a diagnosis the FKTP
 * should handle itself is referred out. Codes and reason texts after aditbaco `TACC_*` and newus
 * `ref_tacc` (spec §3.2). The `-1` for "no TACC" follows v4 code; v3 documents used 0 (spec [CONFLICT]).
 */
export const TACC_CODES = { none: -1, time: 1, age: 2, complication: 3, comorbidity: 4 } as const;

export const TACC_DURATION_REASONS = ['< 3 Hari', '>= 3 - 7 Hari', '>= 7 Hari'] as const;
export const TACC_AGE_REASONS = [
  '< 1 Bulan',
  '>= 1 Bulan s/d < 12 Bulan',
  '>= 1 Tahun s/d < 5 Tahun',
  '>= 5 Tahun s/d < 12 Tahun',
  '>= 12 Tahun s/d < 55 Tahun',
  '>= 55 Tahun',
] as const;

export const taccSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('time'), reason: z.enum(TACC_DURATION_REASONS) }),
  z.object({ kind: z.literal('age'), reason: z.enum(TACC_AGE_REASONS) }),
  z.object({
    kind: z.literal('complication'),
    /** `<kdDiag>-<nmDiag>` of the complication, e.g. `E11.5-Non-insulin-dependent diabetes mellitus with …`. */
    reason: z
      .string()
      .regex(/^[A-Z]\d{2}(\.\d{1,2})?-\S.*$/, 'must be written <diagnosis code>-<diagnosis name>'),
  }),
  z.object({ kind: z.literal('comorbidity'), reason: z.enum(TACC_DURATION_REASONS) }),
]);

export type Tacc = z.output<typeof taccSchema>;

export function taccToWire(tacc: Tacc | undefined): { kdTacc: number; alasanTacc: string | null } {
  if (!tacc) return { kdTacc: TACC_CODES.none, alasanTacc: null };
  return { kdTacc: TACC_CODES[tacc.kind], alasanTacc: tacc.reason };
}
