import type { TestProject } from 'vitest/node';
import { startElementsRig } from './support/sandbox-rig';

/** What the browser tests receive through `inject()`. */
export interface BrowserSandbox {
  /** The server handler, addressed as `localhost` so the test page (also on localhost) is same-site. */
  api: string;
  /** The demo staff session cookie: set it to act as logged-in staff. */
  staffCookie: string;
  staffToken: string;
  /** A second handler whose BPJS answers every request with 503, for the "BPJS unavailable" state. */
  bpjsDownApi: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sandbox: BrowserSandbox;
  }
}

// Vitest picks the test page's port after this setup runs (63315, or the next free one), so the handler
// allows any localhost origin: the sandbox listens on loopback only.
const isTestPage = (origin: string) => /^http:\/\/localhost:\d+$/.test(origin);

/**
 * Starts the real sandbox (simulators, drug engine, server handler) once for the `browser` project.
 * Elements talk to it across origins with the host's cookie, as they would on a clinic site whose
 * handler lives on another port of the same host.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const rig = await startElementsRig({ cors: { origin: isTestPage, credentials: true } });
  const forBrowser = (url: string) => url.replace('//127.0.0.1:', '//localhost:');
  project.provide('sandbox', {
    api: forBrowser(rig.api),
    staffCookie: rig.staffCookie,
    staffToken: rig.staffToken,
    bpjsDownApi: forBrowser(rig.bpjsDownApi),
  });
  return () => rig.close();
}
