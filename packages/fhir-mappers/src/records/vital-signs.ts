import { z } from 'zod';
import { CONSCIOUSNESS_LEVELS, VITAL_SIGNS, type VitalSignKind } from '../terminology/vital-signs';
import { practitionerRefSchema } from './common';
import { eventTimeSchema } from './datetime-schemas';

/** A measured value in the canonical unit of its vital sign. */
export interface Measurement {
  value: number;
}

// Checked by hand rather than with a zod union, which costs several times more per value.
function isMeasurementInput(input: unknown): input is number | { value: number; unit: string } {
  if (typeof input === 'number') return true;
  if (typeof input !== 'object' || input === null) return false;
  const { value, unit, ...rest } = input as Record<string, unknown>;
  return typeof value === 'number' && typeof unit === 'string' && Object.keys(rest).length === 0;
}

/**
 * One vital sign: a bare number in the canonical unit (mm[Hg], /min, Cel, %, cm, kg) or `{ value, unit }` in
 * any unit listed for it (`{ value: 98.6, unit: '[degF]' }` becomes 37 Cel).
 */
const measurement = (kind: VitalSignKind) => {
  const def = VITAL_SIGNS[kind];
  const [low, high] = def.plausible;
  return z
    .custom<number | { value: number; unit: string }>(isMeasurementInput, {
      message: 'Must be a number or { value, unit }',
      params: { code: 'invalid_type' },
    })
    .transform((input, ctx): Measurement => {
      const raw = typeof input === 'number' ? input : input.value;
      const unit = typeof input === 'number' ? def.ucum : input.unit;
      // Own keys only: `constructor` is not a unit (it would convert to NaN).
      const alias = Object.hasOwn(def.aliases, unit) ? def.aliases[unit] : undefined;
      if (alias === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: typeof input === 'number' ? [] : ['unit'],
          message: `Unknown unit for ${def.display}; use one of ${Object.keys(def.aliases).join(', ')}`,
          params: { code: 'unknown_unit' },
        });
        return z.NEVER;
      }
      if (!Number.isFinite(raw)) {
        ctx.addIssue({
          code: 'custom',
          message: 'Must be a finite number',
          params: { code: 'invalid_value' },
        });
        return z.NEVER;
      }
      // Round away binary noise from unit conversion (98.6 °F -> 37 °C, not 36.99999999999999).
      const value = Math.round((raw + (alias.offset ?? 0)) * alias.factor * 100) / 100;
      if (value < low || value > high) {
        ctx.addIssue({
          code: 'custom',
          path: typeof input === 'number' ? [] : ['value'],
          message: `${def.display} must be between ${low} and ${high} ${def.ucum}`,
          params: { code: 'implausible_value' },
        });
        return z.NEVER;
      }
      return { value };
    });
};

/** The vital signs taken at one moment of a visit (pemeriksaan tanda-tanda vital). */
export const vitalSignsSchema = z
  .strictObject({
    measuredAt: eventTimeSchema,
    /** When the result was recorded; default `measuredAt`. */
    issuedAt: eventTimeSchema.optional(),
    /** Who measured; default the visit's practitioner. */
    performer: practitionerRefSchema.optional(),
    systolic: measurement('systolic').optional(),
    diastolic: measurement('diastolic').optional(),
    heartRate: measurement('heartRate').optional(),
    respiratoryRate: measurement('respiratoryRate').optional(),
    temperature: measurement('temperature').optional(),
    oxygenSaturation: measurement('oxygenSaturation').optional(),
    height: measurement('height').optional(),
    weight: measurement('weight').optional(),
    consciousness: z
      .enum(Object.keys(CONSCIOUSNESS_LEVELS) as [keyof typeof CONSCIOUSNESS_LEVELS])
      .optional(),
  })
  .superRefine((v, ctx) => {
    const { systolic, diastolic } = v;
    if (systolic && diastolic && diastolic.value >= systolic.value) {
      ctx.addIssue({
        code: 'custom',
        path: ['diastolic'],
        message: 'Diastolic pressure must be below systolic',
        params: { code: 'implausible_value' },
      });
    }
    if (v.issuedAt !== undefined && v.issuedAt < v.measuredAt) {
      ctx.addIssue({
        code: 'custom',
        path: ['issuedAt'],
        message: 'Must not be before measuredAt',
        params: { code: 'end_before_start' },
      });
    }
  });

export type VitalSignsRecord = z.input<typeof vitalSignsSchema>;
export type ParsedVitalSigns = z.output<typeof vitalSignsSchema>;
