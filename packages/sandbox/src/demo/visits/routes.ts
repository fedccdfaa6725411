import { Hono } from 'hono';
import { z } from 'zod';
import { clinicDate } from '../clinic';
import { DemoError } from '../problem';
import { readBody } from '../read-body';
import type { DemoState } from '../state';
import { plannedSteps, sendVisit } from './send-visit';
import type { DemoVisit } from './visit';
import { visitInputSchema } from './visit-schema';

/** ICD-9-CM procedures a general practice records often (volume 3 titles), for the procedure box. */
export const COMMON_PROCEDURES = [
  { code: '89.7', display: 'General physical examination' },
  { code: '89.52', display: 'Electrocardiogram' },
  { code: '93.94', display: 'Respiratory medication administered by nebulizer' },
  { code: '99.29', display: 'Injection or infusion of other therapeutic or prophylactic substance' },
  { code: '86.59', display: 'Closure of skin and subcutaneous tissue of other sites' },
  { code: '96.59', display: 'Other irrigation of wound' },
  { code: '86.04', display: 'Other incision with drainage of skin and subcutaneous tissue' },
  { code: '91.39', display: 'Other microscopic examination of specimen from lower respiratory tract' },
] as const;

const querySchema = z.string().trim().min(2).max(60);

/** Five minutes before now: where a visit starts when the patient never checked in today. */
const FALLBACK_ARRIVAL_MS = 5 * 60_000;

/**
 * The doctor's routes: ICD-10 suggestions from pCare's reference (a code pCare does not know would be
 * refused there), the signed visit, and its progress towards SATUSEHAT and pCare.
 */
export function visitRoutes(state: DemoState): Hono {
  const app = new Hono();

  app.get('/icd10', async (c) => {
    const q = querySchema.safeParse(c.req.query('q'));
    if (!q.success) return c.json({ diagnoses: [] });
    const page = await state.clients.bpjs.pcare.references.diagnoses(q.data);
    return c.json({ diagnoses: page.items.slice(0, 20) });
  });

  app.get('/icd9cm', (c) => c.json({ procedures: COMMON_PROCEDURES }));

  /** Checks a visit without sending it, so the prescriber fixes the form before override reasons are recorded. */
  app.post('/visits/check', async (c) => {
    const input = await readBody(c, visitInputSchema);
    state.patients.get(input.patientId);
    return c.json({ ok: true });
  });

  app.post('/visits', async (c) => {
    const input = await readBody(c, visitInputSchema);
    const patient = state.patients.get(input.patientId);
    // SATUSEHAT refuses times in the future, so the end is taken a second in the past.
    const now = Date.now() - 1000;
    const started = Math.min(Date.parse(input.startedAt), now);
    const checkedInAt = patient.checkIn?.date === clinicDate() ? Date.parse(patient.checkIn.at) : Number.NaN;
    const arrived = Math.min(
      Number.isNaN(checkedInAt) ? started - FALLBACK_ARRIVAL_MS : checkedInAt,
      started,
    );
    const visit: DemoVisit = {
      id: state.visits.nextId(clinicDate()),
      patientId: patient.id,
      arrivedAt: new Date(arrived).toISOString(),
      startedAt: new Date(started).toISOString(),
      finishedAt: new Date(now).toISOString(),
      input,
      status: 'sending',
      steps: plannedSteps(),
    };
    state.visits.add(visit);
    patient.visits.push(visit.id);
    state.patients.setCurrentMedications(patient.id, input.currentMedications);
    sendInBackground(state, visit);
    return c.json({ visit }, 202);
  });

  app.get('/visits', (c) => c.json({ visits: state.visits.list() }));

  app.get('/visits/:id', (c) => c.json({ visit: findVisit(state, c.req.param('id')) }));

  /** Sends again what failed; steps that succeeded are not repeated (SATUSEHAT would find the Encounter anyway). */
  app.post('/visits/:id/resend', async (c) => {
    const visit = findVisit(state, c.req.param('id'));
    if (visit.status === 'sending') {
      throw new DemoError(409, 'CONFLICT', { id: 'Masih dikirim.', en: 'Still sending.' });
    }
    for (const step of visit.steps) {
      if (step.status !== 'done') {
        step.status = 'pending';
        delete step.detail;
      }
    }
    visit.status = 'sending';
    sendInBackground(state, visit);
    return c.json({ visit }, 202);
  });

  return app;
}

/** The page polls the visit for progress; the request that signed it answers at once. */
function sendInBackground(state: DemoState, visit: DemoVisit): void {
  sendVisit(visit, state.patients.get(visit.patientId), state).catch((error: unknown) => {
    visit.status = 'partial';
    state.logger.error('demo: sending a visit stopped', { visit: visit.id, error: String(error) });
  });
}

function findVisit(state: DemoState, id: string): DemoVisit {
  const visit = state.visits.get(id);
  if (!visit)
    throw new DemoError(404, 'NOT_FOUND', { id: 'Kunjungan tidak ditemukan.', en: 'No such visit.' });
  return visit;
}
