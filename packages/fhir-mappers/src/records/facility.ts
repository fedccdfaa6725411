import { z } from 'zod';
import { fhirIdSchema, organizationIdSchema } from '../identifiers/schemas';
import { LOCATION_PHYSICAL_TYPES, ORGANIZATION_TYPES } from '../terminology/clinical';
import { addressSchema, contactFields, localId, text } from './common';

const keys = <T extends Record<string, unknown>>(table: T) => Object.keys(table) as [keyof T & string];

/** A department or unit under the facility's SATUSEHAT organisation (maps to Organization with partOf). */
export const departmentRecordSchema = z.strictObject({
  /** The clinic's own code for the unit, sent as identifier value (`R100005`). */
  id: localId,
  name: text(200),
  type: z.enum(keys(ORGANIZATION_TYPES)).default('dept'),
  active: z.boolean().default(true),
  ...contactFields,
  address: addressSchema.optional(),
  /** The parent organisation; default the facility's own SATUSEHAT organization id. */
  partOf: z.strictObject({ id: organizationIdSchema, name: text(200).optional() }).optional(),
});

/** A room, poli or pharmacy of the facility (maps to Location). */
export const locationRecordSchema = z.strictObject({
  /** The clinic's own code for the place, sent as identifier value (`G-2-R-1A`). */
  id: localId,
  name: text(200),
  description: text(500).optional(),
  status: z.enum(['active', 'suspended', 'inactive']).default('active'),
  physicalType: z.enum(keys(LOCATION_PHYSICAL_TYPES)).default('ro'),
  ...contactFields,
  address: addressSchema.optional(),
  position: z
    .strictObject({
      longitude: z.number().min(-180).max(180),
      latitude: z.number().min(-90).max(90),
      altitude: z.number().finite().optional(),
    })
    .optional(),
  /** The SATUSEHAT Organization that runs it; default the facility's organization id. */
  managingOrganizationId: fhirIdSchema.optional(),
  /** The SATUSEHAT id of the Location this one lies in (a room in a building). */
  partOfLocationId: fhirIdSchema.optional(),
});

/**
 * The facility: its SATUSEHAT organization id (from the SATUSEHAT Platform portal) and the clinic's zone.
 * A FacilityRecord also serves as the mapping context every mapper takes.
 */
export const facilityRecordSchema = z.strictObject({
  organizationId: organizationIdSchema,
  name: text(200),
  timeZone: z.enum(['WIB', 'WITA', 'WIT']).optional(),
  departments: z.array(departmentRecordSchema).default([]),
  locations: z.array(locationRecordSchema).default([]),
});

export type DepartmentRecord = z.input<typeof departmentRecordSchema>;
export type ParsedDepartment = z.output<typeof departmentRecordSchema>;
export type LocationRecord = z.input<typeof locationRecordSchema>;
export type ParsedLocation = z.output<typeof locationRecordSchema>;
export type FacilityRecord = z.input<typeof facilityRecordSchema>;
export type ParsedFacility = z.output<typeof facilityRecordSchema>;
