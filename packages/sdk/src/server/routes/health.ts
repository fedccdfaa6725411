import type { RouteModule } from '../context';

/** `GET /health`: liveness for load balancers and the elements' "server reachable" check. */
export const healthRoutes: RouteModule = {
  name: 'health',
  enabled: () => true,
  mount(app, ctx) {
    app.get('/health', (c) => c.json({ status: 'ok', time: new Date(ctx.clock.now()).toISOString() }));
  },
};
