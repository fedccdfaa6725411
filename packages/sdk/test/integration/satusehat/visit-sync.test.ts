import type { Encounter } from 'fhir/r4';
import { afterEach, describe, expect, it } from 'vitest';
import { isNotFoundError, isValidationError } from '../../../src/errors/guards';
import type { NotFoundError } from '../../../src/errors/remote-errors';
import type { ValidationError } from '../../../src/errors/validation-error';
import { CLAUDIA, closeHarnesses, finishedVisit, type Harness, startHarness } from './harness';

afterEach(closeHarnesses);

/** Encounters the simulator holds for a registration number, read from its store directly. */
function encountersFor(h: Harness, registrationNumber: string): Encounter[] {
  return h.sim.store
    .list('Encounter')
    .map((s) => s.resource as unknown as Encounter)
    .filter((e) => e.identifier?.some((i) => i.value === registrationNumber));
}

describe('visit sync', () => {
  it('syncs a full visit: NIKs resolved, one transaction, the assigned ids returned', async () => {
    const h = await startHarness();
    const visit = finishedVisit(h.sim, {
      vitalSigns: {
        measuredAt: new Date(Date.now() - 2.5 * 3_600_000),
        systolic: 120,
        diastolic: 80,
        heartRate: 78,
        respiratoryRate: 18,
        temperature: 36.8,
      },
      diagnoses: [
        { code: 'J06.9', display: 'Acute upper respiratory infection, unspecified', role: 'primary' },
        { code: 'R50.9', display: 'Fever, unspecified', role: 'secondary' },
      ],
    });
    const result = await h.client.visits.sync(visit);

    expect(result.outcome).toBe('created');
    expect(result.patientId).toBe('P02478375538');
    expect(result.practitionerId).toBe('10009880728');
    expect(h.sim.stats.byRoute['POST /fhir-r4/v1']).toBe(1);
    const types = result.resources.map((r) => r.resourceType);
    expect(types.filter((t) => t === 'Condition')).toHaveLength(2);
    expect(types.filter((t) => t === 'Observation')).toHaveLength(5);
    for (const r of result.resources) {
      expect(h.sim.store.get(r.resourceType, r.id), `${r.resourceType}/${r.id}`).toBeDefined();
      expect(r.fullUrl).toMatch(/^urn:uuid:/);
    }
    const encounter = h.sim.store.get('Encounter', result.encounterId)?.resource as unknown as Encounter;
    expect(encounter.status).toBe('finished');
    const conditionIds = result.resources
      .filter((r) => r.resourceType === 'Condition')
      .map((r) => `Condition/${r.id}`);
    expect(encounter.diagnosis?.map((d) => d.condition.reference)).toEqual(conditionIds);
    expect(encounter.subject?.reference).toBe('Patient/P02478375538');
  });

  it('leaves exactly one Encounter when the same visit is synced twice', async () => {
    const h = await startHarness();
    const visit = finishedVisit(h.sim);
    const first = await h.client.visits.sync(visit);
    const second = await h.client.visits.sync(visit);
    expect(second.outcome).toBe('unchanged');
    expect(second.encounterId).toBe(first.encounterId);
    expect(encountersFor(h, visit.registrationNumber)).toHaveLength(1);
    expect(h.sim.store.count('Condition')).toBe(1);
    expect(second.resources.map((r) => r.id).sort()).toEqual(first.resources.map((r) => r.id).sort());
  });

  it('leaves one Encounter when two server instances sync the same visit at once', async () => {
    const h = await startHarness();
    const visit = finishedVisit(h.sim);
    const a = h.newClient();
    const b = h.newClient();
    const [a1, b1, a2] = await Promise.all([
      a.visits.sync(visit),
      b.visits.sync(visit),
      a.visits.sync(visit),
    ]);
    // Within one instance the two calls share one run; across instances whichever loses the race finds the
    // winner's Encounter (before posting, or through SATUSEHAT's duplicate answer).
    expect(a2).toBe(a1);
    expect([a1?.outcome, b1?.outcome].sort()).toEqual(['created', 'unchanged']);
    expect(b1?.encounterId).toBe(a1?.encounterId);
    expect(encountersFor(h, visit.registrationNumber)).toHaveLength(1);
  });

  it('updates the Encounter in place when the visit moves from arrived to finished', async () => {
    const h = await startHarness();
    const finished = finishedVisit(h.sim);
    const arrived = {
      ...finished,
      status: 'arrived' as const,
      inProgressAt: undefined,
      finishedAt: undefined,
      diagnoses: [],
    };
    const first = await h.client.visits.sync(arrived);
    expect(first.outcome).toBe('created');
    const second = await h.client.visits.sync(finished);
    expect(second.outcome).toBe('updated');
    expect(second.encounterId).toBe(first.encounterId);
    const stored = encountersFor(h, finished.registrationNumber);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.status).toBe('finished');
    expect(stored[0]?.statusHistory?.map((s) => s.status)).toEqual(['arrived', 'in-progress', 'finished']);
    const third = await h.client.visits.sync(finished);
    expect(third.outcome).toBe('unchanged');
    expect(h.sim.store.count('Condition')).toBe(1);
  });

  it('looks a NIK up once and serves the next visits of that person from the cache', async () => {
    const h = await startHarness();
    await h.client.visits.sync(finishedVisit(h.sim));
    await h.client.visits.sync(finishedVisit(h.sim));
    await h.client.visits.sync(finishedVisit(h.sim, { patient: { nik: CLAUDIA.nik, name: CLAUDIA.name } }));
    expect(h.sim.stats.byRoute['GET /fhir-r4/v1/Patient']).toBe(2);
    expect(h.sim.stats.byRoute['GET /fhir-r4/v1/Practitioner']).toBe(1);
  });

  it('skips the lookup when the IHS numbers are given', async () => {
    const h = await startHarness();
    const result = await h.client.visits.sync(
      finishedVisit(h.sim, {
        patient: { ihsNumber: CLAUDIA.ihs, name: CLAUDIA.name },
        practitioner: { ihsNumber: '10009880728', name: 'dr. Alexander' },
      }),
    );
    expect(result.patientId).toBe(CLAUDIA.ihs);
    expect(h.sim.stats.byRoute['GET /fhir-r4/v1/Patient']).toBeUndefined();
  });

  it('reports a NIK unknown to the MPI as NotFoundError without the NIK in the message', async () => {
    const h = await startHarness();
    const nik = '3171999999999999';
    const error = await h.client.visits
      .sync(finishedVisit(h.sim, { patient: { nik, name: 'Tidak Terdaftar' } }))
      .catch((e: unknown) => e);
    expect(isNotFoundError(error)).toBe(true);
    expect((error as NotFoundError).reason).toBe('patient_not_found');
    expect((error as Error).message).not.toContain(nik);
    expect(h.sim.stats.byRoute['POST /fhir-r4/v1']).toBeUndefined();
  });

  it('rejects an invalid visit with field paths before any request', async () => {
    const h = await startHarness();
    const before = h.sim.stats.requests;
    const noDiagnosis = await h.client.visits
      .sync(finishedVisit(h.sim, { diagnoses: [] }))
      .catch((e: unknown) => e);
    expect(isValidationError(noDiagnosis)).toBe(true);
    expect((noDiagnosis as ValidationError).field).toBe('diagnoses');
    const future = await h.client.visits
      .sync(finishedVisit(h.sim, { finishedAt: new Date(Date.now() + 86_400_000) }))
      .catch((e: unknown) => e);
    expect((future as ValidationError).issues.map((i) => i.path)).toContain('finishedAt');
    const badNik = await h.client.visits
      .sync(finishedVisit(h.sim, { patient: { nik: '12345', name: 'X' } }))
      .catch((e: unknown) => e);
    expect((badNik as ValidationError).field).toBe('patient.nik');
    const badIhs = await h.client.visits
      .sync(finishedVisit(h.sim, { practitioner: { ihsNumber: 'dr-alex', name: 'dr. Alexander' } }))
      .catch((e: unknown) => e);
    expect((badIhs as ValidationError).field).toBe('practitioner.ihsNumber');
    expect(h.sim.stats.requests).toBe(before);
  });

  it('waits out a 429 on the transaction and retries from the lookup, creating one Encounter', async () => {
    const h = await startHarness();
    const fault = h.sim.faults.rateLimit('POST /fhir-r4/v1$', { times: 1, retryAfterSeconds: 1 });
    const visit = finishedVisit(h.sim);
    const result = await h.client.visits.sync(visit);
    expect(fault.hits).toBe(1);
    expect(result.attempts).toBe(2);
    expect(result.outcome).toBe('created');
    expect(encountersFor(h, visit.registrationNumber)).toHaveLength(1);
  });
});
