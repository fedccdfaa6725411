import type { Context, Hono, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import type { Clock } from '../logging/clock';
import type { Logger } from '../logging/logger';
import type { Redactor } from '../logging/redact';
import type { SehatHandlerOptions } from './options';
import type { StaffAction, StaffPrincipal } from './staff';

/** Hono environment of the handler: what middleware leaves on the context for routes. */
export interface SehatEnv {
  Variables: {
    requestId: string;
    /** Set by `ctx.staff(action)` once the host's authorize hook allowed the request. */
    staff: StaffPrincipal | undefined;
  };
}

export type SehatApp = Hono<SehatEnv>;
export type SehatContext = Context<SehatEnv>;

/** What a feature's routes get from the handler. */
export interface RouteContext {
  options: SehatHandlerOptions;
  logger: Logger;
  clock: Clock;
  redactor: Redactor;
  /** Middleware that lets the request through only when the host's authorize hook allows `action`. */
  staff(action: StaffAction): MiddlewareHandler<SehatEnv>;
  /** Middleware applying the per-client rate limit of public routes. */
  publicLimit: MiddlewareHandler<SehatEnv>;
  /** Parses the JSON body with `schema`, or throws a ValidationError naming each bad field. */
  body<S extends z.ZodType>(c: SehatContext, schema: S, subject: string): Promise<z.output<S>>;
  /** Parses the query string with `schema`, or throws a ValidationError naming each bad field. */
  query<S extends z.ZodType>(c: SehatContext, schema: S, subject: string): z.output<S>;
}

/** A feature's routes: mounted by createSehatHandler when the host configured that feature. */
export interface RouteModule {
  name: string;
  enabled(options: SehatHandlerOptions): boolean;
  mount(app: SehatApp, ctx: RouteContext): void;
}
