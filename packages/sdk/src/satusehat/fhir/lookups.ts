import type { Encounter, Location, Organization, Patient, Practitioner } from 'fhir/r4';
import { z } from 'zod';
import { parseInput } from '../../errors/zod-issues';
import type { FhirClient } from './fhir-client';
import { localIdentifierSystem, NIK_SYSTEM } from './identifier-systems';
import { fhirId, nikSchema } from './inputs';

const localIdSchema = z.string().trim().min(1, 'Must not be empty').max(64, 'Must be at most 64 characters');

/** What clinics look up every day, on top of the generic FHIR operations. */
export class SatuSehatLookups {
  readonly #fhir: FhirClient;
  readonly #organizationId: string;

  constructor(fhir: FhirClient, organizationId: string) {
    this.#fhir = fhir;
    this.#organizationId = organizationId;
  }

  /** The patient with this NIK in the Master Patient Index (names come back masked), or undefined. */
  async patientByNik(nik: string): Promise<Patient | undefined> {
    parseInput(nikSchema, nik, 'NIK');
    return this.#fhir.searchOne('Patient', { identifier: `${NIK_SYSTEM}|${nik}` });
  }

  /** The health worker with this NIK in the Nakes index, or undefined. */
  async practitionerByNik(nik: string): Promise<Practitioner | undefined> {
    parseInput(nikSchema, nik, 'NIK');
    return this.#fhir.searchOne('Practitioner', { identifier: `${NIK_SYSTEM}|${nik}` });
  }

  /** The facility's Organization (default: the configured one). */
  async organization(id: string = this.#organizationId): Promise<Organization> {
    parseInput(fhirId, id, 'organization id');
    return this.#fhir.read('Organization', id);
  }

  /** Departments registered under the facility (`Organization?partof=`). */
  async subOrganizations(parentId: string = this.#organizationId): Promise<Organization[]> {
    parseInput(fhirId, parentId, 'organization id');
    return (await this.#fhir.search('Organization', { partof: parentId })).resources;
  }

  /** Rooms and poli registered for the facility (`Location?organization=`). */
  async locations(organizationId: string = this.#organizationId): Promise<Location[]> {
    parseInput(fhirId, organizationId, 'organization id');
    return (await this.#fhir.search('Location', { organization: organizationId })).resources;
  }

  /**
   * The Encounter the facility registered under its own visit number
   * (`identifier=http://sys-ids.kemkes.go.id/encounter/{org}|{value}`), or undefined.
   */
  async encounterByIdentifier(value: string): Promise<Encounter | undefined> {
    parseInput(localIdSchema, value, 'encounter identifier');
    return this.#fhir.searchOne('Encounter', {
      identifier: `${localIdentifierSystem('encounter', this.#organizationId)}|${value}`,
    });
  }
}
