import { serve } from '@hono/node-server';
import { type Logger, silentLogger } from '@sehatkit/sdk';
import { loadDemoAssets } from './assets';
import { createDemoApp, type DemoApp } from './demo-app';
import type { DemoParts } from './parts';

export interface DemoSiteOptions {
  /** Default 127.0.0.1. */
  hostname?: string;
  /** Default 0: a free port. */
  port?: number;
  /** The built pages and scripts; default `dist/demo/public` of this package. */
  assetsDir?: string;
  logger?: Logger;
}

export interface DemoSite {
  url: string;
  /** Connects the site to the running sandbox; until then every request answers 503. */
  attach(parts: DemoParts): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the demo clinic's web server. It listens before the rest of the sandbox is ready because booking
 * emails carry links to its pages, so its URL must be known first.
 */
export async function startDemoSite(options: DemoSiteOptions = {}): Promise<DemoSite> {
  const hostname = options.hostname ?? '127.0.0.1';
  const logger = options.logger ?? silentLogger;
  const assets = loadDemoAssets(options.assetsDir);
  if (!assets) logger.warn('demo clinic: pages not built; run `npm run build`');
  let demo: DemoApp | undefined;
  const fetch = (request: Request, env: unknown) =>
    demo
      ? demo.app.fetch(request, env)
      : new Response('The demo clinic is starting.', { status: 503, headers: { 'Retry-After': '1' } });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve, reject) => {
      const server = serve({ fetch, hostname, port: options.port ?? 0 }, (info) =>
        resolve({ server, port: info.port }),
      );
      server.once('error', reject);
    },
  );
  return {
    url: `http://${hostname}:${port}`,
    async attach(parts) {
      demo = await createDemoApp(parts, assets);
    },
    async close() {
      demo?.close();
      // Event streams (video rooms) keep connections open; close them rather than wait for them.
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
