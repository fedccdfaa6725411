#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { type SandboxPart, sandboxLogger, startSandbox } from './start-sandbox';

/** Each part's label and its fixed port at `--port-base 4700`, so URLs stay the same between runs. */
const PARTS: Record<string, { label: string; offset: number }> = {
  demo: { label: 'Demo clinic (open this)', offset: 0 },
  api: { label: 'SehatKit server handler', offset: 1 },
  satusehat: { label: 'SATUSEHAT simulator', offset: 2 },
  bpjs: { label: 'BPJS Kesehatan simulator', offset: 3 },
  mail: { label: 'Sandbox mailbox (emails received)', offset: 4 },
  payment: { label: 'Sandbox payment page', offset: 5 },
  peer: { label: 'PeerServer (video signaling)', offset: 6 },
  smtp: { label: 'SMTP sink (booking emails)', offset: 25 },
};

const DEFAULT_PORT_BASE = 4700;

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    'port-base': { type: 'string', default: String(DEFAULT_PORT_BASE) },
    'data-dir': { type: 'string' },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`Usage: sehatkit-sandbox [--host 127.0.0.1] [--port-base ${DEFAULT_PORT_BASE}] [--data-dir DIR] [--verbose]

Starts the SehatKit sandbox on loopback (the demo clinic, simulated SATUSEHAT and BPJS, the server
handler, an SMTP sink, a payment page and the PeerServer) and prints the URL of each part.
Ports are fixed: the demo on --port-base, the other parts just above it (0 picks free ports).
Ctrl-C stops everything.`);
  process.exit(0);
}

const base = Number(values['port-base']);
if (!Number.isInteger(base) || base < 0 || base > 65_000) {
  console.error(`--port-base must be a port number (got ${values['port-base']}).`);
  process.exit(2);
}
const ports = Object.fromEntries(
  Object.entries(PARTS).map(([part, { offset }]) => [part, base === 0 ? 0 : base + offset]),
) as Partial<Record<SandboxPart, number>>;

let sandbox: Awaited<ReturnType<typeof startSandbox>>;
try {
  sandbox = await startSandbox({
    hostname: values.host,
    ports,
    // Pages on other origins (examples/clinic-website served from any folder) may use the public routes.
    // Without credentials: a cross-origin page never carries the demo's staff session.
    cors: { origin: '*' },
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    logger: sandboxLogger(values.verbose),
  });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    const port = (error as { port?: number }).port;
    console.error(
      `Port ${port ?? ''} is already in use: is another sandbox running? Stop it, or start this one with --port-base <another port> (or 0 for free ports).`,
    );
    process.exit(1);
  }
  throw error;
}

const label = (part: string) => PARTS[part]?.label ?? part;
console.log('\nSehatKit sandbox is running:\n');
for (const [part, url] of Object.entries(sandbox.urls)) console.log(`  ${label(part).padEnd(36)} ${url}`);
console.log('\nSimulator credentials (synthetic; they open only this sandbox):');
const { satusehat, bpjs } = sandbox.credentials;
console.log(
  `  SATUSEHAT  organization ${satusehat.organizationId}, client id ${satusehat.clientId}, secret ${satusehat.clientSecret}`,
);
const keys = bpjs.userKeys as Record<string, string> | undefined;
console.log(`  BPJS       cons-id ${bpjs.consId}, secret ${bpjs.consSecret}`);
console.log(
  `             pCare ${bpjs.pcareUsername} / ${bpjs.pcarePassword}, user key ${keys?.pcare ?? ''}`,
);
console.log(`\nOpen ${sandbox.urls.demo ?? sandbox.urls.api} in a browser. Press Ctrl-C to stop.`);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping the sandbox…`);
  // A part that hangs must not keep the terminal: give up after a few seconds.
  const timer = setTimeout(() => {
    console.error('Some parts did not stop in time; exiting anyway.');
    process.exit(1);
  }, 5000);
  timer.unref();
  await sandbox.close();
  console.log('Stopped.');
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
