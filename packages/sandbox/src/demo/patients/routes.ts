import { Hono } from 'hono';
import { z } from 'zod';
import { SIMULATED_CLINIC } from '../../bpjs/index';
import { bi } from '../messages';
import { DemoError, type DemoIssue } from '../problem';
import { readBody } from '../read-body';
import type { DemoState } from '../state';
import { checkIn, lookUpMember } from './front-desk';
import { ALLERGY_GROUPS, registrationSchema } from './registration-schema';
import { EXAMPLE_REGISTRATIONS } from './seed-patients';
import { patientDetail, patientSummary } from './views';

const currentMedicationsSchema = z.strictObject({
  medications: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[A-Za-z0-9_.:-]{1,64}$/),
        productCode: z.string().max(32).optional(),
        ingredientId: z.string().max(64).optional(),
        display: z.string().trim().min(1).max(300),
      }),
    )
    .max(30, bi('Maksimal 30 obat.', 'At most 30 medicines.')),
});

/** Public: the demo's cases for the home page, by name and what each shows (no NIK, no card number). */
export function scenarioRoutes(state: DemoState): Hono {
  const app = new Hono();
  app.get('/scenarios', (c) =>
    c.json({
      scenarios: [
        ...state.patients
          .list()
          .filter((p) => p.scenario)
          .map((p) => ({ name: p.registration.identity.name, text: p.scenario, registered: true })),
        ...EXAMPLE_REGISTRATIONS.map((e) => ({
          name: e.registration.identity.name,
          text: e.label,
          registered: false,
        })),
      ],
    }),
  );
  return app;
}

/**
 * The front desk's routes: the patient register, registration with a server-side BPJS check (a browser
 * cannot be trusted to say a membership is active), and check-in at Poli Umum, which for BPJS patients is
 * a pCare registration.
 */
export function patientRoutes(state: DemoState): Hono {
  const app = new Hono();

  app.get('/examples', (c) => c.json({ examples: EXAMPLE_REGISTRATIONS }));

  app.get('/form-options', (c) =>
    c.json({ allergyGroups: ALLERGY_GROUPS, clinicProviderCode: SIMULATED_CLINIC.kdProvider }),
  );

  app.get('/patients', (c) => c.json({ patients: state.patients.list().map((p) => patientSummary(p)) }));

  app.get('/patients/:id', (c) => c.json({ patient: patientDetail(state.patients.get(c.req.param('id'))) }));

  app.post('/patients', async (c) => {
    const registration = await readBody(c, registrationSchema);
    state.patients.assertNew(registration.identity.nik);
    const { other, identity } = registration;
    let membership: Awaited<ReturnType<typeof lookUpMember>>;
    if (other.bpjsCardNumber) {
      membership = await lookUpMember(state.clients, other.bpjsCardNumber);
      const issues: DemoIssue[] = [];
      if (!membership) {
        issues.push({
          path: 'other.bpjsCardNumber',
          message: { id: 'BPJS tidak mengenal nomor kartu ini.', en: 'BPJS does not know this card number.' },
        });
      } else if (membership.nik && membership.nik !== identity.nik) {
        issues.push({
          path: 'other.bpjsCardNumber',
          message: { id: 'Kartu ini terdaftar atas NIK lain.', en: 'This card belongs to another NIK.' },
        });
      } else if (other.payer === 'bpjs' && !membership.status.active) {
        issues.push({
          path: 'other.payer',
          message: {
            id: `Kepesertaan BPJS tidak aktif (${membership.status.statusDescription}): daftarkan sebagai pasien umum.`,
            en: `BPJS membership is inactive (${membership.status.statusDescription}): register as a general patient.`,
          },
        });
      }
      if (issues.length) {
        throw new DemoError(
          400,
          'VALIDATION_FAILED',
          { id: 'Periksa kembali isian yang ditandai.', en: 'Please check the marked fields.' },
          issues,
        );
      }
    }
    const patient = state.patients.register(registration);
    if (membership) patient.bpjs = membership.status;
    return c.json({ patient: patientDetail(patient) }, 201);
  });

  app.post('/patients/:id/check-in', async (c) => {
    const patient = state.patients.get(c.req.param('id'));
    const checkedIn = await checkIn(patient, state.clients, state.queue);
    return c.json({ checkIn: checkedIn, patient: patientDetail(patient) });
  });

  app.put('/patients/:id/current-medications', async (c) => {
    const patient = state.patients.get(c.req.param('id'));
    const { medications } = await readBody(c, currentMedicationsSchema);
    state.patients.setCurrentMedications(patient.id, medications);
    return c.json({ currentMedications: patient.currentMedications });
  });

  return app;
}
