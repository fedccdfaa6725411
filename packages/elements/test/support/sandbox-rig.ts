import { randomUUID } from 'node:crypto';
import { type SandboxOptions, startSandbox } from '@sehatkit/sandbox';
import { startBpjsSimulator } from '@sehatkit/sandbox/bpjs';
import { BpjsClient } from '@sehatkit/sdk/bpjs';
import { createSehatHandler, serve } from '@sehatkit/sdk/server';

/** What the element tests and stories run against (Node side). */
export interface ElementsRig {
  /** The sandbox's server handler, wired to the SATUSEHAT and BPJS simulators and the drug engine. */
  api: string;
  /** The same handler setup in front of a BPJS simulator whose gateway answers every request with 503. */
  bpjsDownApi: string;
  staffCookie: string;
  staffToken: string;
  close(): Promise<void>;
}

/**
 * Starts the real sandbox and a second handler with BPJS down. Staff are recognised as in the demo: the
 * session cookie or `Authorization: Bearer <staffToken>`.
 */
export async function startElementsRig(
  options: { cors?: SandboxOptions['cors'] } = {},
): Promise<ElementsRig> {
  const staffToken = randomUUID();
  const sandbox = await startSandbox({
    ...(options.cors ? { cors: options.cors } : {}),
    demoStaffToken: staffToken,
  });
  const failingBpjs = await startBpjsSimulator();
  failingBpjs.faults.serverError();
  const { staffCookie } = sandbox.demo;
  const c = failingBpjs.credentials;
  const bpjsDown = await serve(
    createSehatHandler({
      ...(options.cors ? { cors: options.cors } : {}),
      secrets: [staffToken, c.consSecret, c.pcarePassword],
      authorize: (request) => {
        const presented =
          request.headers.get('authorization') === `Bearer ${staffToken}` ||
          (request.headers.get('cookie') ?? '')
            .split(';')
            .some((p) => p.trim() === `${staffCookie}=${staffToken}`);
        return presented && { id: 'demo-staff' };
      },
      bpjs: new BpjsClient({
        baseUrls: failingBpjs.urls,
        consId: c.consId,
        consSecret: c.consSecret,
        pcare: { username: c.pcareUsername, password: c.pcarePassword, userKey: c.userKeys.pcare },
        retry: { limit: 0 },
      }),
    }),
  );
  const api = sandbox.urls.api;
  let closing: Promise<void> | undefined;
  if (!api) throw new Error('the sandbox started without its server handler');
  return {
    api,
    bpjsDownApi: bpjsDown.url,
    staffCookie,
    staffToken,
    // Idempotent: Storybook's plugin may be told twice that the server closed.
    close() {
      closing ??= (async () => {
        await bpjsDown.close();
        await failingBpjs.close();
        await sandbox.close();
      })();
      return closing;
    },
  };
}
