import type { Location, Organization } from 'fhir/r4';
import { type FacilityRecord, facilityRecordSchema } from '../records/facility';
import { parseRecord } from '../records/parse';
import type { ResolvedContext } from './context';
import { buildLocation, buildOrganization } from './organization';

/** Every department (Organization) and location (Location) of a facility, ready to register in SATUSEHAT. */
export function mapFacility(facility: FacilityRecord): {
  organizations: Organization[];
  locations: Location[];
} {
  const f = parseRecord(facilityRecordSchema, facility, 'facility');
  const ctx: ResolvedContext = {
    organizationId: f.organizationId,
    organizationName: f.name,
    timeZone: f.timeZone,
    now: undefined,
  };
  return {
    organizations: f.departments.map((d) => buildOrganization(d, ctx)),
    locations: f.locations.map((l) => buildLocation(l, ctx)),
  };
}
