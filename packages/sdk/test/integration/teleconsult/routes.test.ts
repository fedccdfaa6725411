import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/logging/logger';
import { createSehatHandler, type RunningServer, serve } from '../../../src/server/index';
import type { Database } from '../../../src/storage/database';
import { openDatabase } from '../../../src/storage/open-database';
import type { JoinResult } from '../../../src/teleconsult/index';
import type { TeleconsultService } from '../../../src/teleconsult/server/index';
import { EventStreamReader } from './event-stream';
import { MINUTE, SIGNING_SECRET, TURN_SECRET, teleconsultFor } from './fixtures';

const STAFF_COOKIE = 'sehat_staff=dr-ani';

describe('teleconsult routes of the server handler', () => {
  let db: Database;
  let service: TeleconsultService;
  let clock: Awaited<ReturnType<typeof teleconsultFor>>['clock'];
  let server: RunningServer;
  const logLines: string[] = [];
  const readers: EventStreamReader[] = [];

  const logger: Logger = {
    debug: (m, f) => logLines.push(JSON.stringify([m, f])),
    info: (m, f) => logLines.push(JSON.stringify([m, f])),
    warn: (m, f) => logLines.push(JSON.stringify([m, f])),
    error: (m, f) => logLines.push(JSON.stringify([m, f])),
  };

  const call = (
    path: string,
    init: { token?: string; staff?: boolean; body?: Record<string, unknown> } = {},
  ) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(init.staff ? { cookie: STAFF_COOKIE } : {}) },
      body: JSON.stringify({ ...init.body, ...(init.token ? { token: init.token } : {}) }),
    });

  const stream = (token: string) => {
    const reader = new EventStreamReader(`${server.url}/teleconsult/events`, token);
    readers.push(reader);
    return reader;
  };

  async function room(kind: 'adhoc' = 'adhoc') {
    const res = await call('/teleconsult/rooms', { staff: true, body: { kind, title: 'Konsultasi cepat' } });
    expect(res.status).toBe(201);
    return ((await res.json()) as { room: { id: string } }).room.id;
  }

  async function token(roomId: string, role: 'host' | 'patient' | 'guest', displayName: string) {
    const res = await call(`/teleconsult/rooms/${roomId}/tokens`, {
      staff: true,
      body: { role, displayName },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { token: string }).token;
  }

  async function join(t: string): Promise<JoinResult> {
    const res = await call('/teleconsult/join', { token: t, body: {} });
    expect(res.status).toBe(200);
    return (await res.json()) as JoinResult;
  }

  beforeAll(async () => {
    db = await openDatabase();
    ({ service, clock } = await teleconsultFor(db, {
      ice: {
        stunUrls: ['stun:turn.klinik.test:3478'],
        turn: { urls: ['turn:turn.klinik.test:3478'], secret: TURN_SECRET },
      },
      logger,
    }));
    clock.set(Date.now());
    server = await serve(
      createSehatHandler({
        teleconsult: service,
        logger,
        rateLimit: false,
        clock,
        authorize: (request) =>
          request.headers.get('cookie')?.includes(STAFF_COOKIE) ? { id: 'dr-ani', name: 'dr. Ani' } : false,
      }),
    );
  });
  afterAll(async () => {
    for (const r of readers) r.close();
    await server.close();
    service.close();
    await db.close();
  });

  it('creates rooms and mints tokens only for staff', async () => {
    const refused = await call('/teleconsult/rooms', { body: { kind: 'adhoc' } });
    expect(refused.status).toBe(403);
    const roomId = await room();
    const anonymous = await call(`/teleconsult/rooms/${roomId}/tokens`, {
      body: { role: 'host', displayName: 'x' },
    });
    expect(anonymous.status).toBe(403);
    const bad = await call(`/teleconsult/rooms/${roomId}/tokens`, { staff: true, body: { role: 'doctor' } });
    expect(bad.status).toBe(400);
    const problem = (await bad.json()) as { issues: { path: string }[] };
    expect(problem.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['role', 'displayName']));
  });

  it('pushes the knock to the host, the admission to the patient, and ends the call for both', async () => {
    const roomId = await room();
    const hostToken = await token(roomId, 'host', 'dr. Ani');
    const patientToken = await token(roomId, 'patient', 'Budi');
    const host = await join(hostToken);
    const hostEvents = stream(hostToken);
    await expect.poll(() => hostEvents.lastState()?.you['state']).toBe('admitted');

    const patient = await join(patientToken);
    expect(patient.view.you.state).toBe('waiting');
    expect(patient.ice.iceServers[1]?.username).toMatch(/^\d+:p[0-9a-f]{24}$/);
    const patientEvents = stream(patientToken);
    await expect
      .poll(() => hostEvents.notices('knock'))
      .toEqual([
        expect.objectContaining({
          displayName: 'Budi',
          arrival: 'walk_in',
          participantId: patient.view.you.id,
        }),
      ]);
    await expect.poll(() => patientEvents.lastState()?.you['position']).toBe(1);

    const admitted = await call('/teleconsult/admit', {
      token: hostToken,
      staff: true,
      body: { participantId: patient.view.you.id },
    });
    expect(admitted.status).toBe(204);
    await expect.poll(() => patientEvents.notices('admitted')).toHaveLength(1);
    expect(patientEvents.lastState().you['state']).toBe('admitted');

    const hostEntry = (await (await call('/teleconsult/enter', { token: hostToken, body: {} })).json()) as {
      epoch: number;
    };
    const entered = (await (await call('/teleconsult/enter', { token: patientToken, body: {} })).json()) as {
      epoch: number;
    };
    expect(entered.epoch).toBeGreaterThan(hostEntry.epoch);
    await expect.poll(() => patientEvents.notices('joined').length).toBe(2);
    const peers = (patientEvents.lastState().participants as { peerId?: string }[]).map((p) => p.peerId);
    expect(peers).toContain(host.peer.id);

    expect((await call('/teleconsult/end', { token: hostToken, staff: true, body: {} })).status).toBe(204);
    await Promise.all([hostEvents.done, patientEvents.done]);
    expect(patientEvents.notices('ended')).toHaveLength(1);
    expect(hostEvents.notices('ended')).toHaveLength(1);
  });

  it('tells a patient in the waiting room about announcements and not about other patients', async () => {
    const roomId = await room();
    const hostToken = await token(roomId, 'host', 'dr. Ani');
    await join(hostToken);
    const budiToken = await token(roomId, 'patient', 'Budi');
    await join(budiToken);
    const budi = stream(budiToken);
    await expect.poll(() => budi.lastState()).toBeDefined();
    await join(await token(roomId, 'patient', 'Citra'));
    const said = await call('/teleconsult/announce', {
      token: hostToken,
      staff: true,
      body: { text: 'Dokter masih menangani pasien lain' },
    });
    expect(said.status).toBe(204);
    await expect.poll(() => budi.notices('announcement')).toHaveLength(1);
    expect(budi.notices('knock')).toEqual([]);
    expect(JSON.stringify(budi.events)).not.toContain('Citra');
  });

  it('refuses a missing, a forged and an expired token', async () => {
    const roomId = await room();
    const none = await call('/teleconsult/join', { body: {} });
    expect(none.status).toBe(403);
    expect(await none.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'token_missing' });

    const genuine = await token(roomId, 'patient', 'Budi');
    const [head, payload, signature] = genuine.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const elevated = Buffer.from(JSON.stringify({ ...claims, role: 'host' })).toString('base64url');
    const forged = await call('/teleconsult/join', { token: `${head}.${elevated}.${signature}`, body: {} });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ reason: 'token_invalid' });

    const short = await call(`/teleconsult/rooms/${roomId}/tokens`, {
      staff: true,
      body: {
        role: 'patient',
        displayName: 'Citra',
        validUntil: new Date(clock.now() + MINUTE).toISOString(),
      },
    });
    const { token: shortToken } = (await short.json()) as { token: string };
    clock.advance(2 * MINUTE);
    const expired = await call('/teleconsult/join', { token: shortToken, body: {} });
    expect(await expired.json()).toMatchObject({ reason: 'token_expired' });
    const early = await call(`/teleconsult/rooms/${roomId}/tokens`, {
      staff: true,
      body: {
        role: 'patient',
        displayName: 'Dewi',
        validFrom: new Date(clock.now() + 60 * MINUTE).toISOString(),
        validUntil: new Date(clock.now() + 120 * MINUTE).toISOString(),
      },
    });
    const notYet = await call('/teleconsult/join', {
      token: ((await early.json()) as { token: string }).token,
      body: {},
    });
    expect(await notYet.json()).toMatchObject({ reason: 'token_not_yet_valid' });
  });

  it('refuses a patient trying to admit, with or without a staff session', async () => {
    const roomId = await room();
    const budiToken = await token(roomId, 'patient', 'Budi');
    const citra = await join(await token(roomId, 'patient', 'Citra'));
    await join(budiToken);
    const asPatient = await call('/teleconsult/admit', {
      token: budiToken,
      body: { participantId: citra.view.you.id },
    });
    expect(asPatient.status).toBe(403);
    const withCookie = await call('/teleconsult/admit', {
      token: budiToken,
      staff: true,
      body: { participantId: citra.view.you.id },
    });
    expect(withCookie.status).toBe(403);
    expect(await withCookie.json()).toMatchObject({ reason: 'not_host' });
    expect((await service.view(roomId, citra.view.you.id)).you.state).toBe('waiting');
  });

  it('closes the event stream of a denied patient after telling them', async () => {
    const roomId = await room();
    const hostToken = await token(roomId, 'host', 'dr. Ani');
    await join(hostToken);
    const budiToken = await token(roomId, 'patient', 'Budi');
    const budi = await join(budiToken);
    const events = stream(budiToken);
    await expect.poll(() => events.lastState()).toBeDefined();
    await call('/teleconsult/deny', {
      token: hostToken,
      staff: true,
      body: { participantId: budi.view.you.id, reason: 'Jadwal penuh' },
    });
    await events.done;
    expect(events.notices('denied')).toEqual([
      { type: 'denied', participantId: budi.view.you.id, reason: 'Jadwal penuh' },
    ]);
    expect(events.lastState().you['state']).toBe('denied');
  });

  it('keeps tokens and secrets out of logs and problem bodies', async () => {
    const roomId = await room();
    const t = await token(roomId, 'patient', 'Budi');
    const res = await call('/teleconsult/admit', { token: t, staff: true, body: { participantId: 'x' } });
    const body = await res.text();
    const joined = await join(t);
    const everything = [...logLines, body].join('\n');
    expect(everything).not.toContain(t);
    expect(everything).not.toContain(SIGNING_SECRET);
    expect(everything).not.toContain(TURN_SECRET);
    expect(everything).not.toContain(joined.peer.credential);
  });
});
