import { describe, expect, it } from 'vitest';
import { createSehatHandler } from '../../../src/server/create-handler';
import type { SatuSehatRouteClient } from '../../../src/server/routes/satusehat';

// The route's own behaviour before any I/O; lookups against the simulator are in the integration suite.
const unreachable: SatuSehatRouteClient = {
  lookups: {
    patientByNik: () => Promise.reject(new Error('the client must not be called for refused requests')),
  },
};

const lookup = (body: unknown) =>
  new Request('http://clinic.test/satusehat/patients/lookup', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('SATUSEHAT routes', () => {
  it('refuse patient lookups without an authorize hook', async () => {
    const res = await createSehatHandler({ satusehat: unreachable })(lookup({ nik: '9271060312000001' }));
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('ask the hook for satusehat.patient and reject a malformed NIK with its field path', async () => {
    const actions: string[] = [];
    const h = createSehatHandler({
      satusehat: unreachable,
      authorize: (_r, action) => {
        actions.push(action);
        return true;
      },
    });
    const res = await h(lookup({ nik: '0271060312000001' }));
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(JSON.parse(body)).toMatchObject({ code: 'VALIDATION_FAILED', issues: [{ path: 'nik' }] });
    expect(body).not.toContain('0271060312000001');
    expect(actions).toEqual(['satusehat.patient']);
  });
});
