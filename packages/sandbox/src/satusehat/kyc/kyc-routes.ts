import { randomInt, randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { gateway } from '../auth/gateway';
import type { SimulatorEnv } from '../http/env';
import { isObject, jsonResponse, textResponse } from '../http/json';
import { NIK_SYSTEM } from '../seed/people';
import type { SimulatorState } from '../state';
import { decryptWith, encryptFor, KycCryptoError } from './kyc-crypto';

/** KYC answers in its own envelope, with the HTTP code as a string (satusehat.md §6). */
function kycAnswer(code: number, message: string, data: unknown): Response {
  return jsonResponse({ metadata: { code: String(code), message }, data }, code);
}

/** `2023-05-25T03:26:13+07:00`: KYC timestamps are in WIB in the documented sample. */
function wib(ms: number): string {
  return `${new Date(ms + 7 * 3600_000).toISOString().slice(0, 19)}+07:00`;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * `POST /kyc/v1/generate-url` (encrypted text/plain, or plain JSON) and `POST /kyc/v1/challenge-code`,
 * plus the validation page the returned URL opens (rest-api-kyc, satusehat.md §6).
 */
export function mountKyc(app: Hono<SimulatorEnv>, state: SimulatorState): void {
  app.use('/kyc/v1/generate-url', gateway(state, 'kyc'));
  app.use('/kyc/v1/challenge-code', gateway(state, 'kyc'));

  app.post('/kyc/v1/generate-url', async (c) => {
    const encrypted = (c.req.header('content-type') ?? '').includes('text/plain');
    const raw = await c.req.text();
    let payload: unknown;
    try {
      payload = JSON.parse(encrypted ? decryptWith(state.kyc.privateKeyPem, raw).toString('utf8') : raw);
    } catch (error) {
      const detail =
        error instanceof KycCryptoError
          ? `failed to decrypt ciphertext: ${error.message}`
          : 'invalid JSON payload';
      return kycAnswer(400, 'Error: Bad Request', { error: detail });
    }
    const input = isObject(payload) ? payload : {};
    const missing = ['agent_name', 'agent_nik', 'public_key'].filter(
      (k) => typeof input[k] !== 'string' || (input[k] as string).trim() === '',
    );
    if (missing.length > 0) return kycAnswer(400, 'Bad Request', { error: `missing ${missing.join(', ')}` });
    if (!/^\d{16}$/.test(String(input.agent_nik)))
      return kycAnswer(400, 'Bad Request', { error: 'agent_nik must be 16 digits' });

    const token = randomUUID();
    state.kyc.sessions.set(token, {
      token,
      agentName: String(input.agent_name),
      agentNik: String(input.agent_nik),
      createdAt: state.clock.now(),
    });
    const body = {
      metadata: { code: '200', message: 'OK' },
      data: {
        agent_name: input.agent_name,
        agent_nik: input.agent_nik,
        token,
        url: `${new URL(c.req.url).origin}/kyc/v1/validation-web/${token}`,
      },
    };
    if (!encrypted) return jsonResponse(body);
    try {
      return textResponse(encryptFor(String(input.public_key), Buffer.from(JSON.stringify(body))), 200);
    } catch {
      return kycAnswer(400, 'Bad Request', { error: 'public_key is not a valid RSA public key' });
    }
  });

  app.post('/kyc/v1/challenge-code', async (c) => {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      return kycAnswer(400, 'Bad Request', { error: 'invalid JSON payload' });
    }
    const input = isObject(body) ? body : {};
    const method = isObject(input.metadata) ? input.metadata.method : undefined;
    const data = isObject(input.data) ? input.data : {};
    if (method !== 'request_per_nik')
      return kycAnswer(400, 'Bad Request', { error: 'metadata.method must be request_per_nik' });
    if (
      typeof data.nik !== 'string' ||
      !/^\d{16}$/.test(data.nik) ||
      typeof data.name !== 'string' ||
      !data.name.trim()
    ) {
      return kycAnswer(400, 'Bad Request', { error: 'data.nik (16 digits) and data.name are required' });
    }
    const patient = state.store.findByIdentifier('Patient', NIK_SYSTEM, data.nik);
    if (!patient) return kycAnswer(404, 'Not Found', { error: 'patient not found' });
    const now = state.clock.now();
    const expiresAt = now + state.options.challengeCodeMinutes * 60_000;
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    state.kyc.challenges.set(data.nik, { nik: data.nik, code, expiresAt });
    return kycAnswer(200, 'OK', {
      nik: data.nik,
      name: data.name,
      ihs_number: String(patient.resource.id),
      challenge_code: code,
      created_timestamp: wib(now),
      expired_timestamp: wib(expiresAt),
    });
  });

  // The page the generated URL opens inside the clinic's iframe. The real one asks the patient to confirm
  // in SATUSEHAT Mobile; the simulator shows the session so a demo can see the flow end to end.
  app.get('/kyc/v1/validation-web/:token', (c) => {
    const session = state.kyc.sessions.get(c.req.param('token'));
    const body = session
      ? `<h1>Validasi Identitas Pasien</h1><p lang="id">Sesi verifikasi untuk petugas <strong>${escapeHtml(session.agentName)}</strong> aktif. Minta pasien membuka SATUSEHAT Mobile dan memasukkan kode verifikasi.</p><p lang="en">Verification session for agent <strong>${escapeHtml(session.agentName)}</strong> is active. Ask the patient to open SATUSEHAT Mobile and enter the verification code.</p>`
      : '<h1>Sesi tidak ditemukan / Session not found</h1>';
    return c.html(
      `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>KYC SATUSEHAT (simulator)</title></head><body>${body}</body></html>`,
      session ? 200 : 404,
    );
  });
}
