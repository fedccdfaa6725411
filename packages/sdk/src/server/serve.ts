import type { AddressInfo } from 'node:net';
import { serve as nodeServe } from '@hono/node-server';
import type { SehatHandler } from './create-handler';

export interface ServeOptions {
  /** Default 0: a free port chosen by the system. */
  port?: number;
  /** Default 127.0.0.1: loopback only. Use 0.0.0.0 deliberately. */
  hostname?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Serves a fetch handler with Node's HTTP server. Resolves once it listens. */
export function serve(handler: SehatHandler, options: ServeOptions = {}): Promise<RunningServer> {
  const hostname = options.hostname ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = nodeServe(
      { fetch: (request, env) => handler(request, env), port: options.port ?? 0, hostname },
      (info: AddressInfo) => {
        const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
        resolve({
          url: `http://${host}:${info.port}`,
          port: info.port,
          close: () =>
            new Promise((done) => {
              if ('closeAllConnections' in server) server.closeAllConnections();
              server.close(() => done());
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
