import type { Extension, Identifier, Patient } from 'fhir/r4';
import { parseRecord } from '../records/parse';
import { type ParsedPatient, type PatientRecord, patientRecordSchema } from '../records/patient';
import { MARITAL_STATUSES } from '../terminology/clinical';
import {
  CODE_SYSTEMS,
  EXTENSIONS,
  NATIONAL_IDENTIFIER_SYSTEMS,
  orgScopedSystem,
  PROFILES,
} from '../terminology/systems';
import { buildAddress } from './address';
import { type MappingContext, parseOptions, type ResolvedContext, resolveContext } from './context';
import { coding, compact } from './fhir-helpers';
import { buildTelecom } from './telecom';

const LANGUAGE_NAMES: Record<string, string> = {
  id: 'Indonesian',
  'id-ID': 'Indonesian',
  en: 'English',
  'en-US': 'English',
};

export function buildPatient(p: ParsedPatient, ctx: ResolvedContext): Patient {
  const identifier: Identifier[] = [];
  const official = (system: string, value: string | undefined) => {
    if (value !== undefined) identifier.push({ use: 'official', system, value });
  };
  official(NATIONAL_IDENTIFIER_SYSTEMS.nik, p.nik);
  official(NATIONAL_IDENTIFIER_SYSTEMS.motherNik, p.motherNik);
  official(NATIONAL_IDENTIFIER_SYSTEMS.passport, p.passportNumber);
  official(NATIONAL_IDENTIFIER_SYSTEMS.kk, p.kkNumber);
  if (p.medicalRecordNumber !== undefined) {
    identifier.push({
      use: 'usual',
      system: orgScopedSystem('mrn', ctx.organizationId),
      value: p.medicalRecordNumber,
    });
  }
  const extension: Extension[] = [];
  if (p.birthPlace !== undefined) {
    extension.push({ url: EXTENSIONS.birthPlace, valueAddress: { city: p.birthPlace, country: 'ID' } });
  }
  if (p.citizenship !== undefined)
    extension.push({ url: EXTENSIONS.citizenshipStatus, valueCode: p.citizenship });
  const marital = p.maritalStatus === undefined ? undefined : MARITAL_STATUSES[p.maritalStatus];
  const languageName = LANGUAGE_NAMES[p.language];
  return compact<Patient>({
    resourceType: 'Patient',
    meta: { profile: [PROFILES.patient] },
    identifier,
    active: true,
    name: [{ use: 'official', text: p.name }],
    telecom: buildTelecom(p, { phone: 'mobile', email: 'home' }),
    gender: p.gender,
    birthDate: p.birthDate,
    address: [buildAddress(p.address, 'home')],
    maritalStatus:
      marital === undefined
        ? undefined
        : {
            coding: [coding(CODE_SYSTEMS.maritalStatus, marital.code, marital.display)],
            text: marital.display,
          },
    multipleBirthInteger: p.birthOrder,
    communication: [
      {
        language: compact({
          coding: [coding(CODE_SYSTEMS.language, p.language, languageName)],
          text: languageName,
        }),
        preferred: true,
      },
    ],
    extension: extension.length > 0 ? extension : undefined,
  });
}

/**
 * A patient as the Patient resource SATUSEHAT's MPI creates (POST /Patient): NIK, or the mother's NIK for a
 * newborn, or passport/KK for a foreigner; address with region codes, which the MPI checks against DUKCAPIL.
 */
export function mapPatient(patient: PatientRecord, context: MappingContext): Patient {
  const ctx = resolveContext(context);
  return buildPatient(parseRecord(patientRecordSchema, patient, 'patient', parseOptions(ctx)), ctx);
}
