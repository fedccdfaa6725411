import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { parseConfig } from '../../errors/zod-issues';
import { type Clock, systemClock } from '../../logging/clock';
import { redactingLogger, silentLogger } from '../../logging/logger';
import { Redactor } from '../../logging/redact';
import {
  cancelRequest,
  cancelSchema,
  cardNumberField,
  firstMessageKey,
  newPatientRequest,
  newPatientSchema,
  poliCodeField,
  takeQueueRequest,
  takeQueueSchema,
  visitDate,
} from './handler-input';
import { ANTREAN_MESSAGES, type AntreanMessageKey } from './handler-messages';
import { AntreanTokens, passwordMatches } from './handler-token';
import type {
  AntreanCaller,
  AntreanHandlerOptions,
  AntreanRefusal,
  AntreanStatus,
  QueueTicket,
  RemainingStatus,
} from './handler-types';

const callback = z.custom<(...args: never[]) => unknown>(
  (v) => typeof v === 'function',
  'must be a function',
);

const optionsSchema = z.object({
  users: z
    .union([
      z.record(z.string().min(1), z.string().min(1, 'password is required')),
      z.array(z.object({ username: z.string().min(1), password: z.string().min(1) })),
    ])
    .refine((u) => (Array.isArray(u) ? u.length : Object.keys(u).length) > 0, 'needs at least one user'),
  onStatus: callback,
  onAmbilAntrean: callback,
  onSisaAntrean: callback,
  onBatal: callback,
  onPesertaBaru: callback,
  tokenSecret: z.string().min(32, 'must be at least 32 characters').optional(),
  tokenTtlSeconds: z.number().int().min(60).max(86_400).default(3600),
  basePath: z
    .string()
    .regex(/^(\/[\w.-]+)*$/, 'must be empty or start with / and have no trailing /')
    .default(''),
  timeZone: z
    .string()
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en-CA', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'must be an IANA time zone')
    .default('Asia/Jakarta'),
  locale: z.enum(['id', 'en']).default('id'),
});

type Metadata = { message: string; code: number };

const isRefusal = (value: unknown): value is AntreanRefusal =>
  typeof value === 'object' && value !== null && typeof (value as AntreanRefusal).refused === 'string';

/**
 * The web service a clinic hosts for Mobile JKN (Antrean Online FKTP, WS FKTP; spec §5(b)), as a fetch
 * handler: `(Request) => Promise<Response>`. Mount it in any runtime (Node via @hono/node-server, Bun,
 * Deno, workers) or inside an existing Hono/Express app.
 *
 * Every answer is HTTP 200 with lower-case `metadata` (code 200 ok, 201 refused with a reason, 202 new
 * patient): Mobile JKN reads the code in the body, and pCare's `metaData` casing makes it treat every
 * answer as failed (spec §5(b)).
 */
export function createAntreanHandler(
  options: AntreanHandlerOptions,
): (request: Request) => Promise<Response> {
  const config = parseConfig(optionsSchema, options, 'Antrean handler');
  const clock: Clock = options.clock ?? systemClock;
  const users = new Map(
    Array.isArray(config.users)
      ? config.users.map((u) => [u.username, u.password] as const)
      : Object.entries(config.users),
  );
  const redactor = new Redactor().addSecret(options.tokenSecret);
  for (const password of users.values()) redactor.addSecret(password);
  const log = redactingLogger(options.logger ?? silentLogger, redactor);
  const tokens = new AntreanTokens(config.tokenSecret, config.tokenTtlSeconds, () => clock.now());
  const text = ANTREAN_MESSAGES[config.locale];
  const knownKeys = Object.keys(text);
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: config.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });

  const reply = (c: Context, metadata: Metadata, response?: unknown) =>
    c.json(response === undefined ? { metadata } : { response, metadata }, 200);
  const refuse = (c: Context, message: string) => reply(c, { message, code: 201 });
  const refuseKey = (c: Context, k: AntreanMessageKey) => refuse(c, text[k]);
  const ok = (c: Context, response?: unknown) => reply(c, { message: text.ok, code: 200 }, response);
  const isBackDated = (date: string) => date < today.format(clock.now());

  const app = new Hono<{ Variables: { caller: AntreanCaller } }>().basePath(config.basePath || '/');

  app.onError((error, c) => {
    log.error('antrean handler failed', { path: c.req.routePath, error });
    return refuseKey(c, 'failure');
  });
  app.notFound((c) => c.json({ metadata: { message: text.notFound, code: 201 } }, 404));

  app.get('/auth', async (c) => {
    const username = c.req.header('x-username') ?? '';
    const password = c.req.header('x-password') ?? '';
    const expected = users.get(username);
    // Compare even for unknown users, so the answer time does not reveal which usernames exist.
    const matches = await passwordMatches(password, expected ?? '\u0000');
    if (!expected || !matches) {
      log.warn('antrean token refused', { reason: 'bad credentials' });
      return refuseKey(c, 'badCredentials');
    }
    return ok(c, { token: await tokens.issue(username) });
  });

  app.use('*', async (c, next) => {
    const token = c.req.header('x-token');
    const username = c.req.header('x-username');
    if (!token || !username) return refuseKey(c, 'missingToken');
    if (!users.has(username) || !(await tokens.verify(token, username))) return refuseKey(c, 'badToken');
    c.set('caller', { username });
    await next();
  });

  const readBody = async (c: Context): Promise<unknown> => {
    try {
      return JSON.parse(await c.req.text());
    } catch {
      return undefined;
    }
  };

  app.get('/antrean/status/:kodepoli/:tanggal', async (c) => {
    const poli = poliCodeField.safeParse(c.req.param('kodepoli'));
    if (!poli.success) return refuseKey(c, 'poliCode');
    const date = visitDate.safeParse(c.req.param('tanggal'));
    if (!date.success) return refuseKey(c, 'date');
    const result = await options.onStatus({ poliCode: poli.data, date: date.data }, c.get('caller'));
    if (isRefusal(result)) return refuse(c, result.refused);
    return ok(c, Array.isArray(result) ? result.map(statusToWire) : statusToWire(result));
  });

  app.post('/antrean', async (c) => {
    const body = await readBody(c);
    if (body === undefined) return refuseKey(c, 'badBody');
    const parsed = takeQueueSchema.safeParse(body);
    if (!parsed.success) return refuseKey(c, firstMessageKey(parsed.error, knownKeys));
    const request = takeQueueRequest(parsed.data);
    if (isBackDated(request.date)) return refuseKey(c, 'backDated');
    const result = await options.onAmbilAntrean(request, c.get('caller'));
    if (isRefusal(result)) return refuse(c, result.refused);
    if ('newPatient' in result) return reply(c, { message: result.message ?? text.newPatient, code: 202 });
    log.info('antrean taken', { poliCode: request.poliCode, date: request.date, shape: request.shape });
    return ok(c, ticketToWire(result));
  });

  app.get('/antrean/sisapeserta/:nomorkartu/:kodepoli/:tanggal', async (c) => {
    const card = cardNumberField.safeParse(c.req.param('nomorkartu'));
    if (!card.success) return refuseKey(c, 'cardNumber');
    const poli = poliCodeField.safeParse(c.req.param('kodepoli'));
    if (!poli.success) return refuseKey(c, 'poliCode');
    const date = visitDate.safeParse(c.req.param('tanggal'));
    if (!date.success) return refuseKey(c, 'date');
    const result = await options.onSisaAntrean(
      { memberNumber: card.data, poliCode: poli.data, date: date.data },
      c.get('caller'),
    );
    if (isRefusal(result)) return refuse(c, result.refused);
    return ok(c, remainingToWire(result));
  });

  // The catalogue says PUT; some deployments were registered with POST, so both are answered.
  const cancel = async (c: Context<{ Variables: { caller: AntreanCaller } }>) => {
    const body = await readBody(c);
    if (body === undefined) return refuseKey(c, 'badBody');
    const parsed = cancelSchema.safeParse(body);
    if (!parsed.success) return refuseKey(c, firstMessageKey(parsed.error, knownKeys));
    const result = await options.onBatal(cancelRequest(parsed.data), c.get('caller'));
    if (isRefusal(result)) return refuse(c, result.refused);
    return ok(c);
  };
  app.put('/antrean/batal', cancel);
  app.post('/antrean/batal', cancel);

  app.post('/peserta', async (c) => {
    const body = await readBody(c);
    if (body === undefined) return refuseKey(c, 'badBody');
    const parsed = newPatientSchema.safeParse(body);
    if (!parsed.success) return refuseKey(c, firstMessageKey(parsed.error, knownKeys));
    const request = newPatientRequest(parsed.data);
    if (request.birthDate > today.format(clock.now())) return refuseKey(c, 'birthDate');
    const result = await options.onPesertaBaru(request, c.get('caller'));
    if (isRefusal(result)) return refuse(c, result.refused);
    return ok(c, { norm: result.medicalRecordNumber });
  });

  return (request) => Promise.resolve(app.fetch(request));
}

/** Status counts go out as strings, as the catalogue's examples write them (spec §5(b) row 2). */
function statusToWire(s: AntreanStatus): Record<string, unknown> {
  return {
    namapoli: s.poliName,
    totalantrean: String(s.totalQueue),
    sisaantrean: String(s.remaining),
    antreanpanggil: s.nowServing,
    keterangan: s.note ?? '',
    ...(s.doctorCode !== undefined ? { kodedokter: s.doctorCode } : {}),
    ...(s.doctorName !== undefined ? { namadokter: s.doctorName } : {}),
    ...(s.practiceHours !== undefined ? { jampraktek: s.practiceHours } : {}),
  };
}

function ticketToWire(t: QueueTicket): Record<string, unknown> {
  return {
    nomorantrean: t.queueNumber,
    angkaantrean: t.queueSequence,
    namapoli: t.poliName,
    sisaantrean: t.remaining,
    antreanpanggil: t.nowServing,
    keterangan: t.note ?? '',
  };
}

function remainingToWire(r: RemainingStatus): Record<string, unknown> {
  return {
    nomorantrean: r.queueNumber,
    namapoli: r.poliName,
    sisaantrean: String(r.remaining),
    antreanpanggil: r.nowServing,
    keterangan: r.note ?? '',
  };
}
