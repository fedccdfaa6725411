import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream } from 'node:stream/web';
import type { Plugin } from 'vite';

// What the plugin uses of `ElementsRig` (packages/elements/test/support/sandbox-rig.ts). Not imported, even
// as a type: Storybook scans main.ts's import graph in plain Node, and the rig's graph is TypeScript sources.
interface ElementsRig {
  api: string;
  bpjsDownApi: string;
  staffToken: string;
  close(): Promise<void>;
}

interface Route {
  prefix: string;
  target: (rig: ElementsRig) => string;
  staff: boolean;
}

// Longest prefix first: `/api/sehat` is a prefix of the others.
const ROUTES: readonly Route[] = [
  { prefix: '/api/sehat-visitor', target: (rig) => rig.api, staff: false },
  { prefix: '/api/sehat-bpjs-down', target: (rig) => rig.bpjsDownApi, staff: true },
  { prefix: '/api/sehat', target: (rig) => rig.api, staff: true },
];

const HOP_BY_HOP = new Set([
  'host',
  'connection',
  'content-length',
  'transfer-encoding',
  'keep-alive',
  'cookie',
]);

/** The page closed the connection: nothing is left to answer. */
function upstreamGone(error: unknown): boolean {
  const name = (error as { name?: string; code?: string } | null)?.name;
  const code = (error as { code?: string } | null)?.code;
  return name === 'AbortError' || code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ABORT_ERR';
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * Stories talk to the real sandbox, same-origin, under three paths:
 *   /api/sehat            as logged-in clinic staff (the demo staff token is added here)
 *   /api/sehat-visitor    without a staff session (staff routes answer 403)
 *   /api/sehat-bpjs-down  staff, in front of a BPJS simulator that fails every request
 * The sandbox is loaded with tsx, which maps workspace packages to their sources through tsconfig paths
 * (main.ts itself runs in plain Node, where they would resolve to unbuilt dist/; Vite's SSR loader would
 * wrap its dynamic imports for the browser runner). Only for `storybook dev` and the `storybook` vitest
 * project; a static build has no sandbox.
 */
export function sandboxPlugin(): Plugin {
  let started: Promise<ElementsRig> | undefined;
  let stopped: Promise<void> | undefined;
  // Both the HTTP server's `close` and `closeBundle` may fire: stop once, and never let a failed stop
  // become an unhandled rejection that kills the test run after every test has passed.
  const stop = () => {
    stopped ??= (started ?? Promise.reject(new Error('not started')))
      .then(
        (rig) => rig.close(),
        () => undefined,
      )
      .catch((error: unknown) => console.warn(`SehatKit sandbox did not stop cleanly: ${String(error)}`));
    return stopped;
  };
  return {
    name: 'sehatkit-sandbox',
    apply: 'serve',
    // Vite runs this when the dev server closes, with or without its own HTTP server (vitest uses middleware mode).
    async closeBundle() {
      await stop();
    },
    configureServer(server) {
      // Started with the server, not on the first request: the sandbox takes seconds to come up.
      // One sandbox per plugin, however many servers Storybook's Vitest integration configures with it.
      if (!started) {
        started = import('tsx/esm/api')
          .then(({ tsImport }) =>
            tsImport('../packages/elements/test/support/sandbox-rig.ts', import.meta.url),
          )
          .then((m) => (m as { startElementsRig(): Promise<ElementsRig> }).startElementsRig());
        started.catch((error) =>
          server.config.logger.error(`SehatKit sandbox did not start: ${String(error)}`),
        );
      }
      const rig = started;
      const start = () => rig;
      server.httpServer?.once('close', () => void stop());
      server.middlewares.use(async (req, res, next) => {
        const url = req.url ?? '';
        const route = ROUTES.find(
          (r) => url === r.prefix || url.startsWith(`${r.prefix}/`) || url.startsWith(`${r.prefix}?`),
        );
        if (!route) return next();
        try {
          const sandbox = await start();
          const headers = new Headers();
          for (const [name, value] of Object.entries(req.headers)) {
            if (!HOP_BY_HOP.has(name) && typeof value === 'string') headers.set(name, value);
          }
          if (route.staff) headers.set('authorization', `Bearer ${sandbox.staffToken}`);
          const method = req.method ?? 'GET';
          // The browser going away (a story unmounting, the run ending) ends the upstream request too.
          const upstream = new AbortController();
          res.once('close', () => upstream.abort());
          const answer = await fetch(`${route.target(sandbox)}${url.slice(route.prefix.length) || '/'}`, {
            method,
            headers,
            signal: upstream.signal,
            ...(method === 'GET' || method === 'HEAD' ? {} : { body: new Uint8Array(await readBody(req)) }),
          });
          res.statusCode = answer.status;
          answer.headers.forEach((value, name) => {
            if (!HOP_BY_HOP.has(name) && name !== 'content-encoding') res.setHeader(name, value);
          });
          if (!answer.body) return void res.end();
          // Streamed, not buffered: the waiting room's event stream must arrive as it is written.
          res.flushHeaders();
          await pipeline(Readable.fromWeb(answer.body as ReadableStream<Uint8Array>), res);
        } catch (error) {
          if (upstreamGone(error)) return;
          if (res.headersSent) return void res.destroy();
          next(error);
        }
      });
    },
  };
}
