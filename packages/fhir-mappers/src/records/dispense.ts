import { z } from 'zod';
import { localId, locationRefSchema, practitionerRefSchema } from './common';
import { eventTimeSchema } from './datetime-schemas';
import { dosageSchema, medicationVariants, quantitySchema } from './medication';

const dispenseVariants = medicationVariants('dispense');

const dispenseFields = {
  /** The prescription line this fills (its itemId). */
  itemId: localId,
  /** The prescription number; default the visit's prescription. */
  prescriptionId: localId.optional(),
  quantity: quantitySchema,
  daysSupply: z.number().int().positive().max(366).optional(),
  preparedAt: eventTimeSchema,
  handedOverAt: eventTimeSchema.optional(),
  /** The pharmacist or assistant who dispensed. */
  pharmacist: practitionerRefSchema,
  /** The pharmacy (a SATUSEHAT Location). */
  location: locationRefSchema.optional(),
  /** The signa on the label; default the prescription line's. */
  dosage: dosageSchema.optional(),
};

const handedOverAfterPrepared = (
  d: { preparedAt: string; handedOverAt?: string | undefined },
  ctx: z.RefinementCtx,
) => {
  if (d.handedOverAt !== undefined && d.handedOverAt < d.preparedAt) {
    ctx.addIssue({
      code: 'custom',
      path: ['handedOverAt'],
      message: 'Must not be before preparedAt',
      params: { code: 'end_before_start' },
    });
  }
};

/**
 * A dispense (pengeluaran obat) by the pharmacy. The product must be an actual product (KFA 93); a racikan's
 * ingredients follow the annex's dispense levels.
 */
export const dispenseRecordSchema = z
  .discriminatedUnion('medicationType', [
    z.strictObject({ ...dispenseVariants.NC, ...dispenseFields }),
    z.strictObject({ ...dispenseVariants.SD, ...dispenseFields }),
    z.strictObject({ ...dispenseVariants.EP, ...dispenseFields }),
  ])
  .superRefine(handedOverAfterPrepared);

export type DispenseRecord = z.input<typeof dispenseRecordSchema>;
export type ParsedDispense = z.output<typeof dispenseRecordSchema>;
