import type { Location, Organization } from 'fhir/r4';
import {
  type DepartmentRecord,
  departmentRecordSchema,
  type LocationRecord,
  locationRecordSchema,
  type ParsedDepartment,
  type ParsedLocation,
} from '../records/facility';
import { parseRecord } from '../records/parse';
import { LOCATION_PHYSICAL_TYPES, ORGANIZATION_TYPES } from '../terminology/clinical';
import { CODE_SYSTEMS, orgScopedSystem } from '../terminology/systems';
import { buildAddress } from './address';
import { type MappingContext, parseOptions, type ResolvedContext, resolveContext } from './context';
import { compact, concept, organizationReference } from './fhir-helpers';
import { buildTelecom } from './telecom';

export function buildOrganization(dept: ParsedDepartment, ctx: ResolvedContext): Organization {
  const parentId = dept.partOf?.id ?? ctx.organizationId;
  const parentName = dept.partOf?.name ?? (dept.partOf === undefined ? ctx.organizationName : undefined);
  return compact<Organization>({
    resourceType: 'Organization',
    active: dept.active,
    identifier: [
      { use: 'official', system: orgScopedSystem('organization', ctx.organizationId), value: dept.id },
    ],
    type: [concept(CODE_SYSTEMS.organizationType, dept.type, ORGANIZATION_TYPES[dept.type])],
    name: dept.name,
    telecom: buildTelecom(dept, { phone: 'work', email: 'work' }),
    address: dept.address === undefined ? undefined : [buildAddress(dept.address, 'work', 'both')],
    partOf: organizationReference(parentId, parentName),
  });
}

export function buildLocation(location: ParsedLocation, ctx: ResolvedContext): Location {
  return compact<Location>({
    resourceType: 'Location',
    identifier: [{ system: orgScopedSystem('location', ctx.organizationId), value: location.id }],
    status: location.status,
    name: location.name,
    description: location.description,
    mode: 'instance',
    telecom: buildTelecom(location, { phone: 'work', email: 'work' }),
    address: location.address === undefined ? undefined : buildAddress(location.address, 'work', 'both'),
    physicalType: concept(
      CODE_SYSTEMS.locationPhysicalType,
      location.physicalType,
      LOCATION_PHYSICAL_TYPES[location.physicalType],
    ),
    position: location.position,
    managingOrganization: organizationReference(location.managingOrganizationId ?? ctx.organizationId),
    partOf:
      location.partOfLocationId === undefined
        ? undefined
        : { reference: `Location/${location.partOfLocationId}` },
  });
}

/** A department or unit of the facility as a SATUSEHAT Organization under the facility's own (partOf). */
export function mapOrganization(department: DepartmentRecord, context: MappingContext): Organization {
  const ctx = resolveContext(context);
  return buildOrganization(
    parseRecord(departmentRecordSchema, department, 'department', parseOptions(ctx)),
    ctx,
  );
}

/** A room, poli or pharmacy as a SATUSEHAT Location. */
export function mapLocation(location: LocationRecord, context: MappingContext): Location {
  const ctx = resolveContext(context);
  return buildLocation(parseRecord(locationRecordSchema, location, 'location', parseOptions(ctx)), ctx);
}
