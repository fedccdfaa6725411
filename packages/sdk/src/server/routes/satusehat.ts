import type { Patient } from 'fhir/r4';
import { z } from 'zod';
import { NotFoundError } from '../../errors/remote-errors';
import type { SatuSehatClient } from '../../satusehat/client';
import type { RouteModule } from '../context';
import { identifierField } from './bpjs';

/**
 * A SATUSEHAT patient as a registration form needs it. The platform masks names in reads
 * (`Sa** An** Ri**`, specs/satusehat.md 3.0), so `name` is for confirming, not for filling a form.
 */
export interface PatientView {
  /** The IHS number (the Patient resource id), e.g. `P02478375538`. */
  ihsNumber: string;
  name: string;
  gender: Patient['gender'] | null;
  birthDate: string | null;
}

/** `POST /satusehat/patients/lookup` answer. */
export interface PatientLookupResponse {
  patient: PatientView;
}

/** The SATUSEHAT client the host constructs; only these calls are made. */
export type SatuSehatRouteClient = { lookups: Pick<SatuSehatClient['lookups'], 'patientByNik'> };

const lookupSchema = z.object({ nik: identifierField('nik') }).strict();

export function patientView(patient: Patient): PatientView {
  const name = patient.name?.find((n) => n.use === 'official') ?? patient.name?.[0];
  const text = name?.text ?? [...(name?.given ?? []), name?.family].filter(Boolean).join(' ');
  return {
    ihsNumber: patient.id ?? '',
    name: text,
    gender: patient.gender ?? null,
    birthDate: patient.birthDate ?? null,
  };
}

/**
 * `POST /satusehat/patients/lookup` (staff action `satusehat.patient`): the IHS number for a NIK, so
 * registration can link a new patient to the Master Patient Index. The NIK travels in the body, never
 * in the URL.
 */
export const satusehatRoutes: RouteModule = {
  name: 'satusehat',
  enabled: (options) => options.satusehat !== undefined,
  mount(app, ctx) {
    const client = ctx.options.satusehat as SatuSehatRouteClient;
    app.post('/satusehat/patients/lookup', ctx.staff('satusehat.patient'), async (c) => {
      const { nik } = await ctx.body(c, lookupSchema, 'patient lookup');
      const patient = await client.lookups.patientByNik(nik);
      if (!patient) {
        throw new NotFoundError('SATUSEHAT has no patient with that NIK', {
          source: 'satusehat',
          reason: 'patient_not_found',
        });
      }
      return c.json({ patient: patientView(patient) } satisfies PatientLookupResponse);
    });
  },
};
