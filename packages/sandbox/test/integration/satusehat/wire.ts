import {
  type SatuSehatSimulator,
  type SatuSehatSimulatorOptions,
  startSatuSehatSimulator,
} from '../../../src/satusehat/index';

export interface WireAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}

/** Raw HTTP against the simulator, the way any integrator's code would talk to SATUSEHAT. */
export class Wire {
  readonly sim: SatuSehatSimulator;
  token = '';

  private constructor(sim: SatuSehatSimulator) {
    this.sim = sim;
  }

  static async start(options?: SatuSehatSimulatorOptions): Promise<Wire> {
    const wire = new Wire(await startSatuSehatSimulator(options));
    wire.token = await wire.newToken();
    return wire;
  }

  async newToken(
    clientId = this.sim.credentials.clientId,
    clientSecret = this.sim.credentials.clientSecret,
  ): Promise<string> {
    const answer = await this.tokenRequest(clientId, clientSecret);
    return String(answer.json.access_token);
  }

  tokenRequest(clientId: string, clientSecret: string, grant = 'client_credentials'): Promise<WireAnswer> {
    return this.raw(`/oauth2/v1/accesstoken?grant_type=${grant}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: clientId, client_secret: clientSecret }).toString(),
    });
  }

  async raw(path: string, init: RequestInit = {}): Promise<WireAnswer> {
    const response = await fetch(`${this.sim.url}${path}`, init);
    const text = await response.text();
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      // text/plain and HTML answers stay in `text`.
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  call(
    method: string,
    path: string,
    body?: unknown,
    token = this.token,
    headers: Record<string, string> = {},
  ): Promise<WireAnswer> {
    return this.raw(path, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  }

  fhir(method: string, path: string, body?: unknown, token = this.token): Promise<WireAnswer> {
    return this.call(method, `/fhir-r4/v1${path}`, body, token);
  }

  close(): Promise<void> {
    return this.sim.close();
  }
}

export const utc = (hoursAgo: number) =>
  `${new Date(Date.now() - hoursAgo * 3_600_000).toISOString().slice(0, 19)}+00:00`;

export function encounter(
  org: string,
  locationId: string,
  value: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    resourceType: 'Encounter',
    identifier: [{ system: `http://sys-ids.kemkes.go.id/encounter/${org}`, value }],
    status: 'arrived',
    class: { system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'AMB', display: 'ambulatory' },
    subject: { reference: 'Patient/P02478375538', display: 'Ardianto Putra' },
    participant: [
      {
        type: [
          {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'ATND' }],
          },
        ],
        individual: { reference: 'Practitioner/10009880728', display: 'dr. Alexander' },
      },
    ],
    period: { start: utc(3) },
    location: [{ location: { reference: `Location/${locationId}` } }],
    statusHistory: [{ status: 'arrived', period: { start: utc(3) } }],
    serviceProvider: { reference: `Organization/${org}` },
    ...overrides,
  };
}

export function condition(encounterRef: string, code = 'J06.9') {
  return {
    resourceType: 'Condition',
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    category: [
      {
        coding: [
          { system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'encounter-diagnosis' },
        ],
      },
    ],
    code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10', code }] },
    subject: { reference: 'Patient/P02478375538' },
    encounter: { reference: encounterRef },
    recordedDate: utc(1),
  };
}
