import type { Consent } from 'fhir/r4';
import { z } from 'zod';
import { TransportError } from '../../errors/remote-errors';
import { parseInput } from '../../errors/zod-issues';
import { fhirId } from '../fhir/inputs';
import { isOperationOutcome } from '../transport/operation-outcome';
import type { SatuSehatTransport } from '../transport/satusehat-transport';

export type ConsentAction = 'OPTIN' | 'OPTOUT';

export interface ConsentUpdate {
  /** The patient's IHS number. */
  patientId: string;
  /** OPTIN lets other facilities read the patient's data; OPTOUT blocks them (sending is unaffected). */
  action: ConsentAction;
  /** Name of the staff member recording the choice. */
  agent: string;
}

const updateSchema = z.strictObject({
  patientId: fhirId,
  action: z.enum(['OPTIN', 'OPTOUT']),
  agent: z.string().trim().min(1, 'Must not be empty').max(200),
});

function asConsent(body: unknown, action: string): Consent | undefined {
  if (isOperationOutcome(body)) return undefined;
  if ((body as { resourceType?: unknown })?.resourceType !== 'Consent') {
    throw new TransportError(
      'satusehat',
      'unexpected_body',
      `SATUSEHAT answered ${action} with something other than a Consent`,
    );
  }
  return body as Consent;
}

/** The consent API (`/consent/v1/Consent`, satusehat.md §3.15). */
export class ConsentClient {
  readonly #t: SatuSehatTransport;

  constructor(transport: SatuSehatTransport) {
    this.#t = transport;
  }

  /** The patient's current choice, or undefined when none was recorded. */
  async get(patientId: string): Promise<Consent | undefined> {
    parseInput(fhirId, patientId, 'patient id');
    const action = 'consent read';
    const { body } = await this.#t.json({
      api: 'consent',
      method: 'GET',
      path: 'Consent',
      searchParams: { patient_id: patientId },
      action,
    });
    return asConsent(body, action);
  }

  /** Records OPTIN or OPTOUT (`POST {patient_id, action, agent}`) and returns the resulting Consent. */
  async update(update: ConsentUpdate): Promise<Consent> {
    const u = parseInput(updateSchema, update, 'consent update');
    const action = 'consent update';
    const { body } = await this.#t.json({
      api: 'consent',
      method: 'POST',
      path: 'Consent',
      json: { patient_id: u.patientId, action: u.action, agent: u.agent },
      action,
    });
    const consent = asConsent(body, action);
    if (!consent)
      throw new TransportError(
        'satusehat',
        'unexpected_body',
        'SATUSEHAT answered the consent update without a Consent',
      );
    return consent;
  }

  /** True when the patient has opted in (other facilities may read their data). */
  static isOptIn(consent: Consent | undefined): boolean {
    return consent?.policyRule?.coding?.some((c) => c.code === 'OPTIN') ?? false;
  }
}
