import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMobileJknDriver, seedMember } from '../../../src/bpjs/index';
import { todayIso } from './support/raw-client';

/**
 * Two tiny clinic web services: one speaking the catalogue's lower-case `metadata`, one making the mistake of
 * pCare's `metaData`. The driver must understand the first and not the second, as Mobile JKN does.
 */
function clinicApp(metaKey: 'metadata' | 'metaData') {
  const app = new Hono();
  const seen: string[] = [];
  const reply = (code: number, message: string, response?: unknown) => ({
    ...(response ? { response } : {}),
    [metaKey]: { code, message },
  });
  app.get('/auth', (c) =>
    c.req.header('x-password') === 'pw'
      ? c.json(reply(200, 'Ok', { token: 't0k3n' }))
      : c.json(reply(201, 'Password salah')),
  );
  app.use('/antrean/*', async (c, next) => {
    if (c.req.header('x-token') !== 't0k3n') return c.json(reply(201, 'Token tidak valid'));
    await next();
  });
  app.use('/peserta', async (c, next) => {
    if (c.req.header('x-token') !== 't0k3n') return c.json(reply(201, 'Token tidak valid'));
    await next();
  });
  app.post('/antrean', async (c) => {
    const body = (await c.req.json()) as { nomorkartu: string };
    seen.push(`ambil ${Object.keys(body).length}`);
    return seen.includes('peserta')
      ? c.json(reply(200, 'Ok', { nomorantrean: 'B1', angkaantrean: 1 }))
      : c.json(reply(202, 'Pasien Baru'));
  });
  app.post('/peserta', async (c) => {
    seen.push('peserta');
    const body = (await c.req.json()) as Record<string, string>;
    return c.json(reply(200, 'Ok', { norm: `RM-${body.nik?.slice(-4)}` }));
  });
  return { app, seen };
}

async function listen(app: Hono) {
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('Mobile JKN driver', () => {
  const good = clinicApp('metadata');
  const wrong = clinicApp('metaData');
  let servers: Awaited<ReturnType<typeof listen>>[] = [];

  beforeAll(async () => {
    servers = [await listen(good.app), await listen(wrong.app)];
  });
  afterAll(async () => {
    for (const s of servers) await new Promise((resolve) => s.server.close(resolve));
  });

  it('books through token, 202, POST /peserta and a second ambil antrean', async () => {
    const driver = createMobileJknDriver({
      baseUrl: servers[0]?.url as string,
      username: 'u',
      password: 'pw',
    });
    const member = seedMember('activeWorkerHypertension');
    const result = await driver.book(member, {
      poliCode: '001',
      date: todayIso(1),
      doctorCode: 900001,
      practiceHours: '08:00-12:00',
    });
    expect(result).toMatchObject({ registeredAsNewPatient: true, ticket: { code: 200, understood: true } });
    expect(good.seen).toEqual(['ambil 9', 'peserta', 'ambil 9']);
    const peserta = driver.exchanges.find((e) => e.path === '/peserta')?.body as Record<string, string>;
    expect(peserta).toMatchObject({
      nomorkartu: member.cardNumber,
      nik: member.nik,
      jeniskelamin: 'P',
      tanggallahir: member.birthDate,
      kodedati2: '3273',
    });
  });

  it("does not understand a clinic that answers with pCare's metaData casing", async () => {
    const driver = createMobileJknDriver({
      baseUrl: servers[1]?.url as string,
      username: 'u',
      password: 'pw',
    });
    const reply = await driver.authenticate();
    expect(reply).toMatchObject({ httpStatus: 200, code: null, understood: false });
  });
});
