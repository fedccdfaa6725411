/**
 * Identifier and code formats of the Indonesian health data landscape. Each is a plain RegExp so it can be
 * reused outside zod (form validators in @sehatkit/elements, the SDK's request guards).
 */

/** NIK (Nomor Induk Kependudukan): 16 digits, the first two a province code, so never a leading zero. */
export const NIK_PATTERN = /^[1-9]\d{15}$/;

/** Nomor Kartu Keluarga: 16 digits, same region prefix rule as the NIK. */
export const KK_PATTERN = /^[1-9]\d{15}$/;

/** Passport number: letters and digits, 6 to 20 characters (ICAO 9303 allows up to 9; other states longer). */
export const PASSPORT_PATTERN = /^[A-Z0-9]{6,20}$/;

/**
 * SATUSEHAT patient IHS number: `P` + 11 digits in the current platform (`P02478375538`); the 2022 IG examples
 * use bare digits (`100000030009`).
 */
export const IHS_PATIENT_PATTERN = /^(?:P\d{11}|\d{6,14})$/;

/** SATUSEHAT practitioner IHS number: digits (`10009880728`), `N` + digits in the IG examples (`N10000001`). */
export const IHS_PRACTITIONER_PATTERN = /^N?\d{6,14}$/;

/**
 * A FHIR resource id (FHIR R4 `id` datatype: `[A-Za-z0-9\-\.]{1,64}`). SATUSEHAT organisation ids are digits
 * (`10000004`), the ids it assigns to resources you create are UUIDs.
 */
export const FHIR_ID_PATTERN = /^[A-Za-z0-9\-.]{1,64}$/;

/** An RFC 4122 UUID in lower or upper case. */
export const UUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/**
 * ICD-10 (WHO 2010, the edition SATUSEHAT requires): a letter, two digits, optionally a dot and one or two
 * digits (`I10`, `A15.0`, `S72.00`).
 */
export const ICD10_PATTERN = /^[A-Z]\d{2}(?:\.\d{1,2})?$/;

/** ICD-9-CM volume 3 procedure code: two digits, optionally a dot and one or two digits (`87.44`, `89.7`). */
export const ICD9CM_PATTERN = /^\d{2}(?:\.\d{1,2})?$/;

/** KFA (Kamus Farmasi dan Alat Kesehatan) drug code: 8 digits, the first two give its level (91-94). */
export const KFA_DRUG_PATTERN = /^9[1-4]\d{6}$/;

/** SNOMED CT concept id: 6 to 18 digits, no leading zero. */
export const SNOMED_PATTERN = /^[1-9]\d{5,17}$/;

/** LOINC code: digits, a dash, a check digit (`8867-4`); LOINC parts start with `LP` (`LP173421-1`). */
export const LOINC_PATTERN = /^(?:LP)?\d{1,8}-\d$/;

/** Master Wilayah (Kemendagri) codes by level: province 2, city 4, district 6, village 10 digits. */
export const REGION_PATTERNS = {
  province: /^\d{2}$/,
  city: /^\d{4}$/,
  district: /^\d{6}$/,
  village: /^\d{10}$/,
} as const;

/** RT / RW (neighbourhood units): up to three digits. */
export const RT_RW_PATTERN = /^\d{1,3}$/;

/** Indonesian postal code: five digits. */
export const POSTAL_CODE_PATTERN = /^\d{5}$/;
