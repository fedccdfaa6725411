import { DemoError } from '../problem';
import type { CurrentMedication, DemoPatient } from './patient';
import { type Registration, registrationSchema } from './registration-schema';
import { SEED_PATIENTS } from './seed-patients';

/**
 * The demo clinic's patient register, in memory: the seeded patients plus whoever the front desk registers.
 * A restart of the sandbox starts it afresh, like the simulators.
 */
export class PatientRegistry {
  readonly #patients = new Map<string, DemoPatient>();
  #next = 1;

  /** Seeds parse through the same schema as the form, so a seed that breaks a rule fails at start. */
  static seeded(now = new Date()): PatientRegistry {
    const registry = new PatientRegistry();
    for (const seed of SEED_PATIENTS) {
      registry.#insert({
        id: seed.id,
        registeredAt: now.toISOString(),
        registration: registrationSchema.parse(seed.registration),
        scenario: seed.scenario,
        currentMedications: seed.currentMedications.map((m) => ({ ...m })),
        visits: [],
      });
    }
    return registry;
  }

  list(): DemoPatient[] {
    return [...this.#patients.values()];
  }

  get(id: string): DemoPatient {
    const patient = this.#patients.get(id);
    if (!patient) {
      throw new DemoError(404, 'NOT_FOUND', { id: 'Pasien tidak ditemukan.', en: 'No such patient.' });
    }
    return patient;
  }

  byNik(nik: string): DemoPatient | undefined {
    return this.list().find((p) => p.registration.identity.nik === nik);
  }

  /** Refuses a NIK already on file, naming the existing record number. */
  assertNew(nik: string): void {
    const existing = this.byNik(nik);
    if (existing) {
      throw new DemoError(
        409,
        'CONFLICT',
        {
          id: `NIK ini sudah terdaftar sebagai ${existing.id}.`,
          en: `This NIK is already registered as ${existing.id}.`,
        },
        [
          {
            path: 'identity.nik',
            message: { id: `Sudah terdaftar (${existing.id}).`, en: `Already registered (${existing.id}).` },
          },
        ],
      );
    }
  }

  /** Registers a new patient; a NIK already on file is refused with the existing record number. */
  register(registration: Registration, now = new Date()): DemoPatient {
    this.assertNew(registration.identity.nik);
    const id = this.#nextId();
    return this.#insert({
      id,
      registeredAt: now.toISOString(),
      registration,
      currentMedications: [],
      visits: [],
    });
  }

  setCurrentMedications(id: string, medications: CurrentMedication[]): void {
    this.get(id).currentMedications = medications;
  }

  #nextId(): string {
    let id: string;
    do id = `RM-${String(this.#next++).padStart(6, '0')}`;
    while (this.#patients.has(id));
    return id;
  }

  #insert(patient: DemoPatient): DemoPatient {
    this.#patients.set(patient.id, patient);
    return patient;
  }
}
