import { z } from 'zod';
import { NATIONAL_IDENTIFIER_SYSTEMS } from '../terminology/systems';
import { readBundle } from './bundle';
import { readWith } from './unreadable';

/** An identifier as SATUSEHAT returned it; values may be masked (`################`). */
export interface IdentifierRead {
  system?: string;
  value?: string;
}

const identifierSchema = z.looseObject({ system: z.string().optional(), value: z.string().optional() });
const humanNameSchema = z.looseObject({
  text: z.string().optional(),
  family: z.string().optional(),
  given: z.array(z.string()).optional(),
  use: z.string().optional(),
});
const personFields = {
  id: z.string().min(1),
  identifier: z.array(identifierSchema).default([]),
  name: z.array(humanNameSchema).default([]),
  gender: z.string().optional(),
  birthDate: z.string().optional(),
  active: z.boolean().optional(),
};

const patientSchema = z.looseObject({ resourceType: z.literal('Patient'), ...personFields });
const practitionerSchema = z.looseObject({
  resourceType: z.literal('Practitioner'),
  ...personFields,
  qualification: z
    .array(
      z.looseObject({
        code: z
          .looseObject({
            coding: z
              .array(z.looseObject({ code: z.string().optional(), display: z.string().optional() }))
              .optional(),
          })
          .optional(),
        identifier: z.array(identifierSchema).optional(),
        period: z.looseObject({ start: z.string().optional(), end: z.string().optional() }).optional(),
      }),
    )
    .default([]),
});
// IG examples and create payloads of Organization and Location carry no id; only what SATUSEHAT returns does.
const activeSchema = z
  .union([z.boolean(), z.enum(['true', 'false'])])
  .transform((v) => v === true || v === 'true')
  .optional();

const organizationSchema = z.looseObject({
  resourceType: z.literal('Organization'),
  id: z.string().min(1).optional(),
  identifier: z.array(identifierSchema).default([]),
  name: z.string().optional(),
  active: activeSchema,
  partOf: z.looseObject({ reference: z.string().optional() }).optional(),
});
const locationSchema = z.looseObject({
  resourceType: z.literal('Location'),
  id: z.string().min(1).optional(),
  identifier: z.array(identifierSchema).default([]),
  name: z.string().optional(),
  status: z.string().optional(),
  managingOrganization: z.looseObject({ reference: z.string().optional() }).optional(),
});

// SATUSEHAT censors names (`Sa** An** Ri**`) and NIKs (`################`) in reads since 2024-11 (spec §3.0).
const isMasked = (value: string | undefined) => value !== undefined && /[*#]/.test(value);

function displayName(names: z.output<typeof humanNameSchema>[]): string | undefined {
  const name = names.find((n) => n.use === 'official') ?? names[0];
  if (name === undefined) return undefined;
  return name.text ?? ([...(name.given ?? []), name.family].filter(Boolean).join(' ') || undefined);
}

const identifiers = (list: z.output<typeof identifierSchema>[]): IdentifierRead[] =>
  list.map((i) => ({ system: i.system, value: i.value }));

const identifierValue = (list: z.output<typeof identifierSchema>[], system: string) =>
  list.find((i) => i.system === system)?.value;

export interface PersonRead {
  /** The SATUSEHAT id (IHS number) to reference as `Patient/<id>` or `Practitioner/<id>`. */
  ihsNumber: string;
  /** The name as returned: possibly masked. */
  name?: string;
  nameMasked: boolean;
  /** The NIK as returned: usually masked in search results. */
  nik?: string;
  nikMasked: boolean;
  gender?: string;
  birthDate?: string;
  active?: boolean;
  identifiers: IdentifierRead[];
}

export interface PatientRead extends PersonRead {
  /** For a newborn found by the mother's NIK. */
  motherNik?: string;
}

export interface PractitionerRead extends PersonRead {
  qualifications: { code?: string; display?: string; number?: string; start?: string; end?: string }[];
}

function person(p: z.output<typeof patientSchema> | z.output<typeof practitionerSchema>): PersonRead {
  const name = displayName(p.name);
  const nik = identifierValue(p.identifier, NATIONAL_IDENTIFIER_SYSTEMS.nik);
  const read: PersonRead = {
    ihsNumber: p.id,
    nameMasked: isMasked(name),
    nikMasked: isMasked(nik),
    identifiers: identifiers(p.identifier),
  };
  if (name !== undefined) read.name = name;
  if (nik !== undefined) read.nik = nik;
  if (p.gender !== undefined) read.gender = p.gender;
  if (p.birthDate !== undefined) read.birthDate = p.birthDate;
  if (p.active !== undefined) read.active = p.active;
  return read;
}

/** Reads a Patient resource (GET /Patient/:id). */
export function readPatient(input: unknown): PatientRead {
  const p = readWith(patientSchema, input, 'Patient');
  const read: PatientRead = person(p);
  const motherNik = identifierValue(p.identifier, NATIONAL_IDENTIFIER_SYSTEMS.motherNik);
  if (motherNik !== undefined) read.motherNik = motherNik;
  return read;
}

/** Reads a Practitioner resource (GET /Practitioner/:id), with its registration (STR) qualifications. */
export function readPractitioner(input: unknown): PractitionerRead {
  const p = readWith(practitionerSchema, input, 'Practitioner');
  return {
    ...person(p),
    qualifications: p.qualification.map((q) => {
      const coding = q.code?.coding?.[0];
      const out: PractitionerRead['qualifications'][number] = {};
      if (coding?.code !== undefined) out.code = coding.code;
      if (coding?.display !== undefined) out.display = coding.display;
      const number = q.identifier?.[0]?.value;
      if (number !== undefined) out.number = number;
      if (q.period?.start !== undefined) out.start = q.period.start;
      if (q.period?.end !== undefined) out.end = q.period.end;
      return out;
    }),
  };
}

export interface OrganizationRead {
  /** Absent only in documents SATUSEHAT did not store (create payloads, IG examples). */
  id?: string;
  name?: string;
  active?: boolean;
  identifiers: IdentifierRead[];
  /** `Organization/<id>` of the parent. */
  partOf?: string;
}

export function readOrganization(input: unknown): OrganizationRead {
  const o = readWith(organizationSchema, input, 'Organization');
  const read: OrganizationRead = { identifiers: identifiers(o.identifier) };
  if (o.id !== undefined) read.id = o.id;
  if (o.name !== undefined) read.name = o.name;
  if (o.active !== undefined) read.active = o.active;
  if (o.partOf?.reference !== undefined) read.partOf = o.partOf.reference;
  return read;
}

export interface LocationRead {
  /** Absent only in documents SATUSEHAT did not store (create payloads, IG examples). */
  id?: string;
  name?: string;
  status?: string;
  identifiers: IdentifierRead[];
  managingOrganization?: string;
}

export function readLocation(input: unknown): LocationRead {
  const l = readWith(locationSchema, input, 'Location');
  const read: LocationRead = { identifiers: identifiers(l.identifier) };
  if (l.id !== undefined) read.id = l.id;
  if (l.name !== undefined) read.name = l.name;
  if (l.status !== undefined) read.status = l.status;
  if (l.managingOrganization?.reference !== undefined)
    read.managingOrganization = l.managingOrganization.reference;
  return read;
}

/** The matches of a searchset Bundle, each read with `read`; a Bundle with `total: 0` gives []. */
function readSearch<T>(input: unknown, read: (resource: unknown) => T, type: string): T[] {
  const bundle = readBundle(input);
  return bundle.entries
    .filter(
      (e) => e.resource?.resourceType === type && (e.searchMode === undefined || e.searchMode === 'match'),
    )
    .map((e) => read(e.resource));
}

/** Reads `GET /Patient?identifier=https://fhir.kemkes.go.id/id/nik|…` (and the other Patient searches). */
export const readPatientSearch = (input: unknown): PatientRead[] => readSearch(input, readPatient, 'Patient');
/** Reads `GET /Practitioner?identifier=https://fhir.kemkes.go.id/id/nik|…`. */
export const readPractitionerSearch = (input: unknown): PractitionerRead[] =>
  readSearch(input, readPractitioner, 'Practitioner');
export const readOrganizationSearch = (input: unknown): OrganizationRead[] =>
  readSearch(input, readOrganization, 'Organization');
export const readLocationSearch = (input: unknown): LocationRead[] =>
  readSearch(input, readLocation, 'Location');
