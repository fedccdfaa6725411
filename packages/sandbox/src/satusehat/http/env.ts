import type { SimulatorClient } from '../options';

/** Hono bindings shared by the simulator's routes. */
export interface SimulatorEnv {
  Variables: {
    /** The integrator whose token authorised this request. */
    client: SimulatorClient;
  };
}
