import type { RouteModule } from '../context';
import { bookingRoutes } from './booking';
import { bpjsRoutes } from './bpjs';
import { drugRoutes } from './drugs';
import { healthRoutes } from './health';
import { satusehatRoutes } from './satusehat';
import { teleconsultRoutes } from './teleconsult';

/** Every feature's routes, in mount order. A feature module registers itself here once. */
export const routeModules: readonly RouteModule[] = [
  healthRoutes,
  bpjsRoutes,
  drugRoutes,
  satusehatRoutes,
  teleconsultRoutes,
  bookingRoutes,
];
