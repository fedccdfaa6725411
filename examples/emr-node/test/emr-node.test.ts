import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { silentLogger } from '@sehatkit/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Clients, createClients } from '../src/clients';
import { sampleVisit } from '../src/finished-visit';
import { formatReport, succeeded } from '../src/report';
import { type Progress, syncVisit } from '../src/sync-visit';

const exampleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The EMR example against the SATUSEHAT and BPJS simulators it starts itself. */
describe('examples/emr-node', () => {
  let clients: Clients;

  beforeAll(async () => {
    clients = await createClients({}, silentLogger);
  });

  afterAll(async () => {
    await clients?.close();
  });

  it('sends a finished visit to SATUSEHAT and the kunjungan to pCare, reporting progress and the ids', async () => {
    const steps: Progress[] = [];
    const visit = sampleVisit({ locationId: clients.locationId });
    const report = await syncVisit(visit, clients, (p) => steps.push(p));

    expect(report.satusehat).toMatchObject({ status: 'sent', outcome: 'created' });
    if (report.satusehat.status !== 'sent') throw new Error('unreachable');
    const types = report.satusehat.resources.map((r) => r.resourceType);
    expect(types).toEqual(
      expect.arrayContaining(['Encounter', 'Condition', 'Observation', 'Procedure', 'MedicationRequest']),
    );
    const encounter = await clients.satusehat.fhir.read('Encounter', report.satusehat.encounterId);
    expect(encounter.status).toBe('finished');
    expect(encounter.identifier?.[0]?.value).toBe(visit.visitNumber);

    expect(report.pcare).toMatchObject({
      status: 'sent',
      drugs: [{ name: 'Paracetamol 500 mg Tablet (SANMOL)' }],
    });
    if (report.pcare.status !== 'sent') throw new Error('unreachable');
    const history = await clients.bpjs.pcare.visits.history('0001880000011');
    expect(history.items.map((v) => v.visitNumber)).toContain(report.pcare.visitNumber);

    expect(steps.map((s) => s.service)).toEqual(['SATUSEHAT', 'pCare', 'pCare', 'pCare', 'pCare']);
    expect(succeeded(report)).toBe(true);
    const text = formatReport(report);
    expect(text).toContain(`Encounter ${report.satusehat.encounterId}`);
    expect(text).toContain(`kunjungan ${report.pcare.visitNumber}`);
  });

  it('does not send the visit to SATUSEHAT twice', async () => {
    const visit = sampleVisit({ locationId: clients.locationId });
    const report = await syncVisit(
      { ...visit, patient: { nik: visit.patient.nik, name: visit.patient.name } },
      clients,
    );
    expect(report.satusehat).toMatchObject({ status: 'sent', outcome: 'unchanged' });
    expect(report.pcare).toMatchObject({ status: 'skipped' });
  });

  it("reports what pCare refused without the card number, and still sends SATUSEHAT's part", async () => {
    // Acute bronchitis (J20.9) is a valid ICD-10 code that pCare's diagnosis reference does not list.
    const visit = sampleVisit({ locationId: clients.locationId });
    const report = await syncVisit(
      {
        ...visit,
        visitNumber: 'RJ-BRONCHITIS-1',
        prescription: { ...visit.prescription, number: 'RJ-BRONCHITIS-1-R' },
        patient: { nik: '9201076407000009', name: 'Nancy Wang', bpjsCardNumber: '0001880000066' },
        diagnoses: [{ icd10: 'J20.9', name: 'Acute bronchitis, unspecified' }],
      },
      clients,
    );
    expect(report.satusehat).toMatchObject({ status: 'sent', outcome: 'created' });
    expect(report.pcare).toMatchObject({ status: 'failed', code: 'REMOTE_VALIDATION_FAILED' });
    expect(succeeded(report)).toBe(false);
    expect(formatReport(report)).toMatch(/pCare {6}FAILED \(REMOTE_VALIDATION_FAILED\): .+/);
    expect(formatReport(report)).not.toContain('0001880000066');
  });

  it('runs as a command: progress lines, the report, exit code 0', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: exampleDir,
      // Without SATUSEHAT/BPJS variables the command starts its own simulators.
      env: { PATH: process.env.PATH ?? '' },
      timeout: 60_000,
    });
    expect(stdout).toContain('[SATUSEHAT] sending the Encounter');
    expect(stdout).toContain('[pCare] sending the kunjungan');
    expect(stdout).toMatch(/SATUSEHAT {2}created: Encounter [0-9a-f-]{36}/);
    expect(stdout).toMatch(/pCare {6}queue A\d+, kunjungan \S+/);
  });
});
