import type { Hono } from 'hono';
import type { SimulatorClock } from '../options';
import type { BpjsEnv } from '../protocol/reply';
import type { BpjsState } from '../state';

export interface RouteDeps {
  state: BpjsState;
  clock: SimulatorClock;
}

export type BpjsApp = Hono<BpjsEnv>;

/** Route parameters that are zero-based offsets and row counts. */
export const PAGE = ':start{[0-9]+}/:limit{[0-9]+}';
