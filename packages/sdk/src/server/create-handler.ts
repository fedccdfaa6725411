import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { requestId } from 'hono/request-id';
import { ForbiddenError, RateLimitError } from '../errors/remote-errors';
import { ValidationError } from '../errors/validation-error';
import { fieldIssuesFromZod, parseConfig } from '../errors/zod-issues';
import { systemClock } from '../logging/clock';
import { redactingLogger, silentLogger } from '../logging/logger';
import { Redactor } from '../logging/redact';
import type { RouteContext, RouteModule, SehatEnv } from './context';
import { clientAddress } from './middleware/client-address';
import { memoryRateLimitStore } from './middleware/rate-limit';
import { handlerOptionsSchema, type SehatHandlerOptions } from './options';
import { toProblem } from './problem';
import { routeModules } from './routes/index';

/** A standard fetch handler: mount it in Node (`serve`), Express, Next.js route handlers, Hono or workers. */
export type SehatHandler = (request: Request, env?: unknown) => Promise<Response>;

/**
 * The HTTP API the elements call. Feature routes are mounted for the services the host passes in;
 * staff routes require the host's `authorize` hook; public routes are rate limited per client.
 */
export function createSehatHandler(options: SehatHandlerOptions = {}): SehatHandler {
  return buildHandler(options, routeModules);
}

/** Builds the handler from explicit route modules; `createSehatHandler` passes every registered feature. */
export function buildHandler(options: SehatHandlerOptions, modules: readonly RouteModule[]): SehatHandler {
  parseConfig(handlerOptionsSchema, options, 'server handler');
  const redactor = new Redactor();
  for (const secret of options.secrets ?? []) redactor.addSecret(secret);
  const logger = redactingLogger(options.logger ?? silentLogger, redactor);
  const clock = options.clock ?? systemClock;
  const limits =
    options.rateLimit === false ? undefined : (options.rateLimit ?? { limit: 60, windowMs: 60_000 });
  const limitStore = limits && 'store' in limits && limits.store ? limits.store : memoryRateLimitStore();

  const app = new Hono<SehatEnv>().basePath(options.basePath ?? '');
  app.use(requestId({ headerName: 'X-Request-Id' }));
  if (options.cors) {
    const { origin, credentials, maxAgeSeconds } = options.cors;
    app.use(
      cors({
        // Hono echoes what the function returns as Access-Control-Allow-Origin; null means not allowed.
        origin: typeof origin === 'function' ? (requested) => (origin(requested) ? requested : null) : origin,
        credentials: credentials ?? false,
        maxAge: maxAgeSeconds ?? 600,
        allowHeaders: ['Content-Type', 'Authorization', 'X-Request-Id', 'Accept-Language'],
        exposeHeaders: ['X-Request-Id', 'Retry-After'],
      }),
    );
  }
  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      durationMs: Math.round(performance.now() - started),
    });
  });

  const ctx: RouteContext = {
    options,
    logger,
    clock,
    redactor,
    staff: (action) => async (c, next) => {
      if (!options.authorize) {
        throw new ForbiddenError('This server has no authorize hook, so staff routes are closed.', {
          reason: 'no_authorize_hook',
        });
      }
      const verdict = await options.authorize(c.req.raw, action);
      if (verdict === false) throw new ForbiddenError(`Not allowed to ${action}.`, { reason: 'denied' });
      c.set('staff', verdict === true ? undefined : verdict);
      await next();
    },
    publicLimit: async (c, next) => {
      if (!limits) return next();
      const address = clientAddress(c, options.trustProxy ?? false);
      const key = options.clientKey ? options.clientKey(c.req.raw, address) : (address ?? 'unknown');
      const decision = await limitStore.hit(key, limits.limit, limits.windowMs, clock.now());
      if (!decision.allowed) {
        throw new RateLimitError('sehatkit', 'Too many requests from this client.', decision.retryAfterMs);
      }
      c.header('RateLimit-Remaining', String(decision.remaining));
      await next();
    },
    async body(c, schema, subject) {
      let raw: unknown;
      try {
        raw = await c.req.json();
      } catch {
        throw new ValidationError(subject, [
          { path: '', message: 'The body is not valid JSON.', code: 'invalid_json' },
        ]);
      }
      const result = schema.safeParse(raw);
      if (!result.success) throw new ValidationError(subject, fieldIssuesFromZod(result.error));
      return result.data;
    },
    query(c, schema, subject) {
      const result = schema.safeParse(c.req.query());
      if (!result.success) throw new ValidationError(subject, fieldIssuesFromZod(result.error));
      return result.data;
    },
  };

  for (const module of modules) if (module.enabled(options)) module.mount(app, ctx);

  app.notFound((c) => {
    const problem = toProblem(undefined, redactor, c.get('requestId'));
    return c.json(
      { ...problem, code: 'NOT_FOUND', status: 404, title: 'Not found', detail: 'No such route.' },
      404,
    );
  });
  app.onError((error, c) => {
    const problem = toProblem(error, redactor, c.get('requestId'));
    if (problem.status >= 500) {
      logger.error('request failed', { requestId: c.get('requestId'), code: problem.code, error });
    }
    if (problem.retryAfterSeconds !== undefined) c.header('Retry-After', String(problem.retryAfterSeconds));
    return c.body(JSON.stringify(problem), problem.status as 400, {
      'Content-Type': 'application/problem+json',
    });
  });

  return async (request, env) => app.fetch(request, env);
}
