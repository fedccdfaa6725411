import { z } from 'zod';
import { UUID_PATTERN } from '../identifiers/patterns';
import { organizationIdSchema } from '../identifiers/schemas';
import { patientRefSchema, practitionerRefSchema, text } from '../records/common';
import { parseRecord } from '../records/parse';
import type { RecordParseOptions } from '../records/parse-context';
import type { IndonesianTimeZone } from '../time/zones';

/**
 * What every mapper needs besides the record: the facility's SATUSEHAT organization id (it goes into every
 * identifier system, RuleNumber 10117), the clock and the clinic's zone. A FacilityRecord is one.
 */
export interface MappingContext extends RecordParseOptions {
  /** The facility's SATUSEHAT organization id, e.g. `10000004`. */
  organizationId: string;
  /** The facility's name, shown beside references to its Organization. */
  name?: string;
}

/** A reference to the visit's Encounter: `Encounter/<id>` once SATUSEHAT has it, or `urn:uuid:<uuid>` in a Bundle. */
export interface EncounterLink {
  reference: string;
  /** A label such as "Kunjungan Budi Santoso di hari Selasa, 14 Juni 2022". */
  display?: string;
}

/** The context of a clinical record sent on its own: whose it is, which visit, who by default acted. */
export interface ClinicalContext extends MappingContext {
  patient: { ihsNumber: string; name: string };
  encounter: EncounterLink;
  /** The default performer, recorder, assessor or author when the record names none. */
  practitioner?: { ihsNumber: string; name: string };
}

const ENCOUNTER_REFERENCE = new RegExp(
  `^(?:Encounter/[A-Za-z0-9\\-.]{1,64}|urn:uuid:${UUID_PATTERN.source.slice(1, -1)})$`,
);

const mappingContextSchema = z.object({
  organizationId: organizationIdSchema,
  name: text(200).optional(),
  timeZone: z.enum(['WIB', 'WITA', 'WIT']).optional(),
  now: z
    .custom<Date | number>((v) => (typeof v === 'number' && Number.isFinite(v)) || v instanceof Date, {
      message: 'Must be a Date or epoch milliseconds',
    })
    .optional(),
});

const clinicalContextSchema = mappingContextSchema.extend({
  patient: patientRefSchema,
  encounter: z.strictObject({
    reference: z.string().regex(ENCOUNTER_REFERENCE, 'Must be Encounter/<id> or urn:uuid:<uuid>'),
    display: text(300).optional(),
  }),
  practitioner: practitionerRefSchema.optional(),
});

/** The context after checking, in the shape the builders use. */
export interface ResolvedContext {
  organizationId: string;
  organizationName: string | undefined;
  timeZone: IndonesianTimeZone | undefined;
  now: number | undefined;
}

export interface ResolvedClinicalContext extends ResolvedContext {
  patient: { ihsNumber: string; name: string };
  encounter: EncounterLink;
  practitioner: { ihsNumber: string; name: string } | undefined;
}

function resolve(ctx: z.output<typeof mappingContextSchema>): ResolvedContext {
  return {
    organizationId: ctx.organizationId,
    organizationName: ctx.name,
    timeZone: ctx.timeZone,
    now: ctx.now === undefined ? undefined : typeof ctx.now === 'number' ? ctx.now : ctx.now.getTime(),
  };
}

export function resolveContext(context: MappingContext): ResolvedContext {
  return resolve(parseRecord(mappingContextSchema, context, 'mapping context'));
}

export function resolveClinicalContext(context: ClinicalContext): ResolvedClinicalContext {
  const ctx = parseRecord(clinicalContextSchema, context, 'mapping context');
  return { ...resolve(ctx), patient: ctx.patient, encounter: ctx.encounter, practitioner: ctx.practitioner };
}

/** The parse options a record is read with under this context. */
export function parseOptions(ctx: ResolvedContext): RecordParseOptions {
  return { now: ctx.now, timeZone: ctx.timeZone };
}
