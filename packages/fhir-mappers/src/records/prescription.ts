import { z } from 'zod';
import { localId, practitionerRefSchema } from './common';
import { eventTimeSchema } from './datetime-schemas';
import { prescriptionLineSchema } from './medication';

/** A prescription (resep) of the visit: its number, when it was written, and its lines. */
export const prescriptionSchema = z
  .strictObject({
    /** The prescription number, sent as the prescription identifier. */
    id: localId,
    authoredAt: eventTimeSchema,
    /** Who wrote it; default the visit's practitioner. */
    prescriber: practitionerRefSchema.optional(),
    lines: z.array(prescriptionLineSchema).min(1, 'A prescription needs at least one line'),
  })
  .superRefine((rx, ctx) => {
    const seen = new Set<string>();
    rx.lines.forEach((line, i) => {
      if (seen.has(line.itemId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['lines', i, 'itemId'],
          message: 'Duplicate item id in this prescription',
          params: { code: 'duplicate' },
        });
      }
      seen.add(line.itemId);
    });
  });

export type PrescriptionRecord = z.input<typeof prescriptionSchema>;
export type ParsedPrescription = z.output<typeof prescriptionSchema>;
