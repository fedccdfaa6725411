import type { Hono } from 'hono';
import { gateway } from '../auth/gateway';
import type { SimulatorEnv } from '../http/env';
import { fhirResponse, isObject } from '../http/json';
import { outcomeResponse } from '../http/operation-outcome';
import type { SimulatorState } from '../state';
import { consentResource } from './consent-registry';

/**
 * `GET /consent/v1/Consent?patient_id=` and `POST /consent/v1/Consent` with
 * `{patient_id, action: OPTIN|OPTOUT, agent}` (satusehat.md §3.15, after ssecd/ihs:src/consent.ts).
 */
export function mountConsent(app: Hono<SimulatorEnv>, state: SimulatorState): void {
  app.use('/consent/v1/*', gateway(state, 'consent'));

  const unknownPatient = (id: string) =>
    outcomeResponse(
      [
        {
          severity: 'error',
          code: 'not-found',
          text: `Resource not found Patient/${id} (RuleNumber: 20007)`,
        },
      ],
      404,
    );

  app.get('/consent/v1/Consent', (c) => {
    const patientId = c.req.query('patient_id') ?? '';
    if (!patientId) {
      return outcomeResponse([{ severity: 'error', code: 'required', text: 'patient_id is required' }]);
    }
    if (!state.store.get('Patient', patientId)) return unknownPatient(patientId);
    const record = state.consents.get(patientId);
    if (!record) {
      return fhirResponse(
        {
          resourceType: 'OperationOutcome',
          issue: [{ severity: 'information', code: 'not-found', details: { text: 'Consent not found' } }],
        },
        200,
      );
    }
    return fhirResponse(consentResource(record));
  });

  app.post('/consent/v1/Consent', async (c) => {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return outcomeResponse([
        { severity: 'error', code: 'structure', text: 'Invalid JSON Payload Format (RuleNumber: 20006)' },
      ]);
    }
    const input = isObject(body) ? body : {};
    const issues = [];
    if (typeof input.patient_id !== 'string' || input.patient_id === '') {
      issues.push({
        severity: 'error' as const,
        code: 'required',
        text: 'patient_id is required',
        expression: ['patient_id'],
      });
    }
    if (input.action !== 'OPTIN' && input.action !== 'OPTOUT') {
      issues.push({
        severity: 'error' as const,
        code: 'value',
        text: 'action must be OPTIN or OPTOUT',
        expression: ['action'],
      });
    }
    if (typeof input.agent !== 'string' || input.agent.trim() === '') {
      issues.push({
        severity: 'error' as const,
        code: 'required',
        text: 'agent is required',
        expression: ['agent'],
      });
    }
    if (issues.length > 0) return outcomeResponse(issues);
    const patientId = input.patient_id as string;
    if (!state.store.get('Patient', patientId)) return unknownPatient(patientId);
    const record = state.consents.set({
      patientId,
      action: input.action as 'OPTIN' | 'OPTOUT',
      agent: input.agent as string,
      organizationId: c.var.client.organizationId,
      dateTime: new Date(state.clock.now()).toISOString().replace('Z', '+00:00'),
    });
    return fhirResponse(consentResource(record), 200);
  });
}
