import {
  buildVisitBundleFromParsed,
  isFhirMappingError,
  mappingIssuesFromZod,
  type ParsedVisit,
  parseRecord,
  patientRefSchema,
  practitionerRefSchema,
  readTransactionResponse,
  type VisitRecord,
  validateForSatuSehat,
  visitRecordSchema,
} from '@sehatkit/fhir-mappers';
import type { Encounter } from 'fhir/r4';
import { z } from 'zod';
import { isConflictError, isRateLimitError, isTransportError } from '../../errors/guards';
import { ConflictError, NotFoundError, TransportError } from '../../errors/remote-errors';
import type { SehatError } from '../../errors/sehat-error';
import { ValidationError } from '../../errors/validation-error';
import { fieldIssuesFromZod } from '../../errors/zod-issues';
import type { Clock } from '../../logging/clock';
import type { Logger } from '../../logging/logger';
import { type FhirClient, markValidated } from '../fhir/fhir-client';
import { nikSchema } from '../fhir/inputs';
import type { SatuSehatLookups } from '../fhir/lookups';
import { IdentityCache } from './identity-cache';
import type {
  PersonIdentity,
  SyncedResource,
  SyncVisitRecord,
  VisitSyncOptions,
  VisitSyncResult,
} from './visit-sync-types';

export interface VisitSyncDeps {
  fhir: FhirClient;
  lookups: SatuSehatLookups;
  organizationId: string;
  clock: Clock;
  logger: Logger;
  identityCacheTtlMs: number;
  identityCacheSize: number;
}

const name = z.string().trim().min(1, 'Must not be empty').max(200);
const byIhsNumber = z.strictObject({ ihsNumber: z.string().min(1), name });
const byNik = z.strictObject({ nik: nikSchema, name });
const identitySchema = z.union([byIhsNumber, byNik]);

/** True when `value` is a valid identity: the branch its keys name is tried alone, without failing the other. */
function isIdentity(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return ('nik' in value ? byNik : byIhsNumber).safeParse(value).success;
}
const optionsSchema = z.strictObject({
  timeZone: z.enum(['WIB', 'WITA', 'WIT']).optional(),
  facilityName: name.optional(),
  maxAttempts: z.number().int().min(1).max(10).default(3),
});
type SyncOptions = z.output<typeof optionsSchema>;
/** What a sync without options runs with, parsed once. */
const DEFAULT_OPTIONS: Readonly<SyncOptions> = Object.freeze(optionsSchema.parse({}));

/** A visit that passed the checks before I/O, with its parse (identities given by NIK hold stand-ins). */
interface CheckedVisit {
  visit: SyncVisitRecord;
  parsed: ParsedVisit;
  /** The clock reading the record was judged by; a Bundle built from this parse is built with the same one. */
  now: number;
}

// Stand-ins that satisfy the record schema while the real IHS numbers are not known yet.
const PLACEHOLDER_PATIENT = 'P00000000000';
const PLACEHOLDER_PRACTITIONER = '100000000';

/** Record sections and the resource type each becomes, for resends of a visit whose lifecycle moved on. */
const SECTIONS = [
  { field: 'vitalSigns', type: 'Observation', param: 'encounter' },
  { field: 'procedures', type: 'Procedure', param: 'encounter' },
  { field: 'prescription', type: 'MedicationRequest', param: 'encounter' },
  { field: 'dispenses', type: 'MedicationDispense', param: 'context' },
  { field: 'allergies', type: 'AllergyIntolerance', param: 'encounter' },
  { field: 'clinicalImpression', type: 'ClinicalImpression', param: 'encounter' },
  { field: 'summary', type: 'Composition', param: 'encounter' },
] as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function toValidationError(error: unknown, subject: string): unknown {
  if (!isFhirMappingError(error)) return error;
  return new ValidationError(subject, error.issues, { cause: error });
}

function isTransient(error: unknown): error is SehatError {
  if (isRateLimitError(error)) return true;
  return isTransportError(error) && ['server_error', 'timeout', 'network'].includes(error.failure);
}

/**
 * A clinic visit to SATUSEHAT as one transaction Bundle (built by @sehatkit/fhir-mappers): patient and
 * practitioner IHS numbers resolved from NIK (cached), the Bundle validated before it leaves, and the ids
 * SATUSEHAT assigned returned. The Encounter's identifier (the registration number, stable per visit) is
 * looked up first, so sending the same visit twice never creates a second Encounter.
 */
export class VisitSync {
  readonly #d: VisitSyncDeps;
  readonly #identities: IdentityCache;
  /** Syncs of one visit in this process share one run. */
  readonly #running = new Map<string, Promise<VisitSyncResult>>();

  constructor(deps: VisitSyncDeps) {
    this.#d = deps;
    this.#identities = new IdentityCache(deps.clock, deps.identityCacheTtlMs, deps.identityCacheSize);
  }

  async sync(visit: SyncVisitRecord, options?: VisitSyncOptions): Promise<VisitSyncResult> {
    const opts = options === undefined ? DEFAULT_OPTIONS : this.#checkOptions(options);
    const checked = this.#precheck(visit, opts);
    const key = checked.parsed.registrationNumber;
    const running = this.#running.get(key);
    if (running) return running;
    const run = this.#withRetries(checked, opts).finally(() => this.#running.delete(key));
    this.#running.set(key, run);
    return run;
  }

  /** Forgets cached NIK → IHS lookups (e.g. after a patient was merged in the MPI). */
  clearIdentityCache(): void {
    this.#identities.clear();
  }

  #checkOptions(options: VisitSyncOptions): SyncOptions {
    const parsed = optionsSchema.safeParse(options);
    if (!parsed.success) throw new ValidationError('visit sync options', fieldIssuesFromZod(parsed.error));
    return parsed.data;
  }

  /**
   * Everything that can be checked without I/O: the identities and the whole visit record. The parse is kept,
   * so the Bundle is later built from it instead of parsing the record again.
   */
  #precheck(visit: SyncVisitRecord, opts: SyncOptions): CheckedVisit {
    const issues = (['patient', 'practitioner'] as const).flatMap((field) => {
      const value = (visit as { [k: string]: unknown } | undefined)?.[field];
      if (isIdentity(value)) return [];
      // The union's own issues, as a caller has always seen them.
      const r = identitySchema.safeParse(value);
      return r.success ? [] : fieldIssuesFromZod(r.error, [field]);
    });
    if (issues.length > 0) throw new ValidationError('visit', issues);
    const now = this.#d.clock.now();
    try {
      const parsed = parseRecord(
        visitRecordSchema,
        {
          ...visit,
          // An IHS number given by the caller is checked as it is; a NIK still to be resolved gets a stand-in.
          patient:
            'ihsNumber' in visit.patient
              ? visit.patient
              : { ihsNumber: PLACEHOLDER_PATIENT, name: visit.patient.name },
          practitioner:
            'ihsNumber' in visit.practitioner
              ? visit.practitioner
              : { ihsNumber: PLACEHOLDER_PRACTITIONER, name: visit.practitioner.name },
        },
        'visit',
        { now, ...(opts.timeZone ? { timeZone: opts.timeZone } : {}) },
      );
      return { visit, parsed, now };
    } catch (error) {
      throw toValidationError(error, 'visit');
    }
  }

  async #withRetries(visit: CheckedVisit, opts: SyncOptions): Promise<VisitSyncResult> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return { ...(await this.#syncOnce(visit, opts)), attempts: attempt };
      } catch (error) {
        if (!isTransient(error) || attempt >= opts.maxAttempts) throw error;
        const wait = isRateLimitError(error)
          ? Math.min(error.retryAfterMs ?? 1000, 60_000)
          : Math.min(500 * 2 ** (attempt - 1), 10_000);
        this.#d.logger.warn('satusehat visit sync retrying', { attempt, code: error.code, waitMs: wait });
        await sleep(wait);
      }
    }
  }

  async #resolve(kind: 'patient' | 'practitioner', who: PersonIdentity): Promise<string> {
    if ('ihsNumber' in who) return who.ihsNumber;
    return this.#identities.resolve(`${kind}:${who.nik}`, async () => {
      const found =
        kind === 'patient'
          ? await this.#d.lookups.patientByNik(who.nik)
          : await this.#d.lookups.practitionerByNik(who.nik);
      if (!found?.id) {
        throw new NotFoundError(
          kind === 'patient'
            ? 'SATUSEHAT has no patient with this NIK (Master Patient Index); register the patient first'
            : 'SATUSEHAT has no health worker with this NIK (Nakes index)',
          { source: 'satusehat', reason: `${kind}_not_found` },
        );
      }
      // Held to the same schema as a number given by the caller, once, before it is remembered.
      return this.#ref(kind, { ihsNumber: found.id, name: who.name }).ihsNumber;
    });
  }

  /** Parses a whole visit record, as buildVisitBundle would. */
  #parse(record: VisitRecord, now: number, opts: SyncOptions): ParsedVisit {
    try {
      return parseRecord(visitRecordSchema, record, 'visit', {
        now,
        ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
      });
    } catch (error) {
      throw toValidationError(error, 'visit');
    }
  }

  /** A resolved identity checked against the record schema's reference, with the record's field path. */
  #ref(field: 'patient' | 'practitioner', ref: { ihsNumber: string; name: string }) {
    const r = (field === 'patient' ? patientRefSchema : practitionerRefSchema).safeParse(ref);
    if (!r.success) throw new ValidationError('visit', mappingIssuesFromZod(r.error, [field]));
    return r.data;
  }

  async #syncOnce(checked: CheckedVisit, opts: SyncOptions): Promise<Omit<VisitSyncResult, 'attempts'>> {
    const { visit, parsed } = checked;
    const [patientId, practitionerId, existing] = await Promise.all([
      this.#resolve('patient', visit.patient),
      this.#resolve('practitioner', visit.practitioner),
      this.#d.lookups.encounterByIdentifier(parsed.registrationNumber),
    ]);
    const ids = { patientId, practitionerId };
    // Both IHS numbers passed the record's schema already: a number given by the caller in the check before
    // I/O, a number SATUSEHAT answered with when it was resolved (#resolve), before it was cached.
    const patient = { ihsNumber: patientId, name: parsed.patient.name };
    const practitioner = { ihsNumber: practitionerId, name: parsed.practitioner.name };

    let record: ParsedVisit;
    let recordNow = checked.now;
    if (existing?.id) {
      if (visit.encounterId !== undefined && visit.encounterId !== existing.id) {
        throw new ConflictError(
          'The visit names another Encounter than the one SATUSEHAT holds for its registration number',
          {
            source: 'satusehat',
            reason: 'encounter_mismatch',
          },
        );
      }
      if (existing.status === visit.status) return this.#unchanged(existing, ids);
      // A resend that leaves sections out is a different record: it is parsed as a whole again.
      recordNow = this.#d.clock.now();
      record = this.#parse(
        await this.#forUpdate({ ...visit, patient, practitioner }, existing.id),
        recordNow,
        opts,
      );
    } else {
      // The stand-ins of the check before I/O give way to the IHS numbers.
      record = { ...parsed, patient, practitioner };
    }

    let bundle: ReturnType<typeof buildVisitBundleFromParsed>;
    try {
      bundle = buildVisitBundleFromParsed(record, {
        organizationId: this.#d.organizationId,
        now: recordNow,
        ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
        ...(opts.facilityName ? { name: opts.facilityName } : {}),
        validate: false,
      });
    } catch (error) {
      throw toValidationError(error, 'visit');
    }
    const now = this.#d.clock.now();
    const problems = validateForSatuSehat(bundle, { organizationId: this.#d.organizationId, now }).filter(
      (i) => i.severity === 'error',
    );
    if (problems.length > 0) {
      throw new ValidationError(
        'visit bundle',
        problems.map((p) => ({
          path: p.path,
          message: p.ruleNumber ? `${p.message} (rule ${p.ruleNumber})` : p.message,
          code: p.code,
        })),
      );
    }

    let response: Awaited<ReturnType<FhirClient['transaction']>>;
    try {
      // A new visit's Bundle holds no ids from elsewhere: validateForSatuSehat covered all transaction() checks.
      response = await this.#d.fhir.transaction(existing ? bundle : markValidated(bundle));
    } catch (error) {
      // Another sync of the same visit won the race: SATUSEHAT refused ours as a duplicate.
      if (isConflictError(error) && error.reason === 'duplicate') {
        const winner = await this.#d.lookups.encounterByIdentifier(visit.registrationNumber);
        if (winner?.id) return this.#unchanged(winner, ids);
      }
      throw error;
    }
    // Entries answer the request's entries in order (FHIR R4 transaction-response), which pairs each
    // urn:uuid with its id without reading the request Bundle a second time.
    const requested = bundle.entry ?? [];
    const resources: SyncedResource[] = readTransactionResponse(response).flatMap((r, i) => {
      const fullUrl = requested[i]?.fullUrl;
      return r.resourceType && r.id
        ? [{ resourceType: r.resourceType, id: r.id, status: r.status, ...(fullUrl ? { fullUrl } : {}) }]
        : [];
    });
    const encounterId = resources.find((r) => r.resourceType === 'Encounter')?.id ?? existing?.id;
    if (!encounterId) {
      throw new TransportError(
        'satusehat',
        'unexpected_body',
        'SATUSEHAT answered the visit transaction without an Encounter',
      );
    }
    this.#d.logger.info('satusehat visit synced', {
      outcome: existing ? 'updated' : 'created',
      entries: resources.length,
    });
    return { outcome: existing ? 'updated' : 'created', encounterId, ...ids, resources };
  }

  async #unchanged(encounter: Encounter, ids: { patientId: string; practitionerId: string }) {
    const id = encounter.id as string;
    const conditions = await this.#d.fhir.search('Condition', { encounter: `Encounter/${id}` });
    return {
      outcome: 'unchanged' as const,
      encounterId: id,
      ...ids,
      resources: [
        { resourceType: 'Encounter', id, status: 0 },
        ...conditions.resources.map((c) => ({ resourceType: 'Condition', id: c.id as string, status: 0 })),
      ],
    };
  }

  /**
   * A resend after the visit moved on (arrived → finished): the Encounter is updated in place, diagnoses
   * already held are matched by ICD-10 code and updated, and record sections SATUSEHAT already holds for this
   * Encounter are left out so nothing is created twice.
   */
  async #forUpdate(record: VisitRecord, encounterId: string): Promise<VisitRecord> {
    const reference = `Encounter/${encounterId}`;
    const [conditions, ...held] = await Promise.all([
      this.#d.fhir.search('Condition', { encounter: reference }),
      ...SECTIONS.map((s) =>
        record[s.field] === undefined ||
        (Array.isArray(record[s.field]) && (record[s.field] as unknown[]).length === 0)
          ? Promise.resolve(false)
          : this.#d.fhir
              .search(s.type, { [s.param]: reference, _count: 1 }, { maxPages: 1 })
              .then((r) => r.resources.length > 0),
      ),
    ]);
    const byCode = new Map<string, string>();
    for (const c of conditions.resources) {
      const code = c.code?.coding?.find((k) => k.system === 'http://hl7.org/fhir/sid/icd-10')?.code;
      if (code && c.id) byCode.set(code, c.id);
    }
    const next: VisitRecord = {
      ...record,
      encounterId,
      diagnoses: (record.diagnoses ?? []).map((d) => {
        const conditionId = d.conditionId ?? byCode.get(d.code);
        return conditionId ? { ...d, conditionId } : d;
      }),
    };
    SECTIONS.forEach((s, i) => {
      if (held[i]) delete (next as Record<string, unknown>)[s.field];
    });
    return next;
  }
}
