/**
 * Visits synced per second against the SATUSEHAT simulator, at concurrency 1 and 8, and the CPU time per visit
 * of the client and of the simulator. The simulator runs in a child process so the two CPU budgets can be told
 * apart: at concurrency 8 the simulator, not the client, should be the bottleneck.
 *
 * The SDK is measured over two transports: Node's built-in fetch (the default) and `createNodeFetch()` from
 * `@sehatkit/sdk/http/node`. Beside them, the same two requests per visit (Encounter lookup, transaction
 * Bundle built by @sehatkit/fhir-mappers) sent by bare node:http, bare fetch and bare ky show what the
 * transport alone costs. Rounds interleave every configuration, so a change in the (shared) machine's load
 * hits each alike; the median and best round are reported with the load average.
 *
 *   npm run bench -- satusehat-sync
 *   SATUSEHAT_BENCH_SECONDS=6 SATUSEHAT_BENCH_ROUNDS=5 npm run bench -- satusehat-sync
 */
import { type ChildProcess, spawn } from 'node:child_process';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { buildVisitBundle } from '@sehatkit/fhir-mappers';
import { startSatuSehatSimulator } from '@sehatkit/sandbox/satusehat';
import { createNodeFetch } from '@sehatkit/sdk/http/node';
import { SatuSehatClient, type SyncVisitRecord } from '@sehatkit/sdk/satusehat';
import ky from 'ky';
import { median, percentile, writeBenchResult } from '../../../scripts/bench-report';

const ROLE = 'SATUSEHAT_BENCH_ROLE';
const SECONDS_PER_RUN = Number(process.env.SATUSEHAT_BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.SATUSEHAT_BENCH_ROUNDS ?? 3);
const WARM_UP_VISITS = 400;

// The documented sandbox patients and health workers (satusehat.md §3.4, §3.5).
const PATIENTS = [
  ['9271060312000001', 'Ardianto Putra'],
  ['9204014804000002', 'Claudia Sintia'],
  ['9104224509000003', 'Elizabeth Dior'],
  ['9104224606000005', 'Ghina Assyifa'],
  ['9201394901000008', 'Sonia Herdianti'],
] as const;
const PRACTITIONERS = [
  ['7209061211900001', 'dr. Alexander'],
  ['3171071609900003', 'dr. Syarifuddin, Sp.Pd.'],
] as const;

interface SimulatorHandle {
  url: string;
  credentials: { clientId: string; clientSecret: string; organizationId: string };
  locationId: string;
}

async function runSimulatorChild(): Promise<void> {
  const sim = await startSatuSehatSimulator();
  const handle: SimulatorHandle = { url: sim.url, credentials: sim.credentials, locationId: sim.locationId };
  process.stdout.write(`${JSON.stringify(handle)}\n`);
  process.stdin.resume();
  process.stdin.on('end', () => void sim.close().then(() => process.exit(0)));
}

function startChild(): Promise<{ child: ChildProcess; handle: SimulatorHandle }> {
  const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], {
    env: { ...process.env, [ROLE]: 'simulator' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`simulator exited with ${code}`)));
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).once('line', (line) =>
      resolve({ child, handle: JSON.parse(line) as SimulatorHandle }),
    );
  });
}

async function simulatorCpuMs(url: string): Promise<number> {
  const stats = (await (await fetch(`${url}/_sim/stats`)).json()) as {
    cpuUsage: { user: number; system: number };
  };
  return (stats.cpuUsage.user + stats.cpuUsage.system) / 1000;
}

let sequence = 0;

/** A finished outpatient visit: five vital signs, two diagnoses, one procedure. */
function visit(handle: SimulatorHandle): SyncVisitRecord {
  sequence += 1;
  const now = Date.now();
  const [nik, name] = PATIENTS[sequence % PATIENTS.length] ?? PATIENTS[0];
  const [drNik, drName] = PRACTITIONERS[sequence % PRACTITIONERS.length] ?? PRACTITIONERS[0];
  return {
    registrationNumber: `BENCH-${process.pid}-${sequence}`,
    status: 'finished',
    patient: { nik, name },
    practitioner: { nik: drNik, name: drName },
    location: { id: handle.locationId, name: 'Poli Umum 1' },
    arrivedAt: new Date(now - 3 * 3_600_000),
    inProgressAt: new Date(now - 2 * 3_600_000),
    finishedAt: new Date(now - 3_600_000),
    vitalSigns: {
      measuredAt: new Date(now - 2.5 * 3_600_000),
      systolic: 118,
      diastolic: 76,
      heartRate: 80,
      respiratoryRate: 18,
      temperature: 36.7,
    },
    diagnoses: [
      { code: 'J06.9', display: 'Acute upper respiratory infection, unspecified', role: 'primary' },
      { code: 'R50.9', display: 'Fever, unspecified', role: 'secondary' },
    ],
    procedures: [
      {
        code: '89.7',
        display: 'General physical examination',
        performedStart: new Date(now - 2.2 * 3_600_000),
      },
    ],
  };
}

/** One way of syncing a visit; the bare transports skip everything the SDK does besides the two requests. */
type SyncOne = () => Promise<void>;

function sdk(handle: SimulatorHandle, fetch?: typeof globalThis.fetch): SyncOne {
  const client = new SatuSehatClient({
    baseUrl: handle.url,
    ...handle.credentials,
    ...(fetch ? { fetch } : {}),
  });
  return async () => {
    const result = await client.visits.sync(visit(handle));
    if (result.outcome !== 'created') throw new Error(`unexpected outcome ${result.outcome}`);
  };
}

/** Bare transports: the Encounter lookup and the transaction of an unvalidated Bundle, nothing else. */
async function bareTransports(handle: SimulatorHandle): Promise<Record<string, SyncOne>> {
  const { url, credentials } = handle;
  const org = credentials.organizationId;
  const tokenResponse = await fetch(`${url}/oauth2/v1/accesstoken?grant_type=client_credentials`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: credentials.clientId, client_secret: credentials.clientSecret }),
  });
  const authorization = `Bearer ${((await tokenResponse.json()) as { access_token: string }).access_token}`;
  const lookups = new SatuSehatClient({ baseUrl: url, ...credentials }).lookups;
  const [patient, practitioner] = await Promise.all([
    lookups.patientByNik(PATIENTS[0][0]),
    lookups.practitionerByNik(PRACTITIONERS[0][0]),
  ]);
  const fhir = `${url}/fhir-r4/v1`;
  const next = () => {
    const v = visit(handle);
    const bundle = buildVisitBundle(
      {
        ...v,
        patient: { ihsNumber: patient?.id as string, name: v.patient.name },
        practitioner: { ihsNumber: practitioner?.id as string, name: v.practitioner.name },
      },
      { organizationId: org, validate: false },
    );
    const identifier = `http://sys-ids.kemkes.go.id/encounter/${org}|${v.registrationNumber}`;
    return { lookup: `${fhir}/Encounter?identifier=${encodeURIComponent(identifier)}`, bundle };
  };
  const check = (status: number, body: string) => {
    if (status !== 200) throw new Error(`simulator answered ${status}: ${body.slice(0, 200)}`);
    return JSON.parse(body) as unknown;
  };
  const agent = new http.Agent({ keepAlive: true });
  const nodeRequest = (method: string, target: string, body?: string) =>
    new Promise<void>((resolve, reject) => {
      const headers: Record<string, string> = { authorization };
      if (body !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(Buffer.byteLength(body));
      }
      const req = http.request(target, { method, agent, headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => {
          try {
            check(res.statusCode ?? 0, text);
            resolve();
          } catch (error) {
            reject(error);
          }
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  const bareKy = ky.create({ headers: { authorization }, retry: 0 });
  return {
    'bare node:http': async () => {
      const { lookup, bundle } = next();
      await nodeRequest('GET', lookup);
      await nodeRequest('POST', fhir, JSON.stringify(bundle));
    },
    'bare fetch': async () => {
      const { lookup, bundle } = next();
      const found = await fetch(lookup, { headers: { authorization } });
      check(found.status, await found.text());
      const posted = await fetch(fhir, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify(bundle),
      });
      check(posted.status, await posted.text());
    },
    'bare ky': async () => {
      const { lookup, bundle } = next();
      await bareKy.get(lookup).json();
      await bareKy.post(fhir, { json: bundle }).json();
    },
  };
}

interface RunResult {
  visits: number;
  visitsPerSecond: number;
  clientCpuMsPerVisit: number;
  simulatorCpuMsPerVisit: number;
  latencyMsP50: number;
  latencyMsP95: number;
  loadAverage1m: number;
}

async function run(sync: SyncOne, handle: SimulatorHandle, concurrency: number): Promise<RunResult> {
  const latencies: number[] = [];
  const simBefore = await simulatorCpuMs(handle.url);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + SECONDS_PER_RUN * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await sync();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const simulatorMs = (await simulatorCpuMs(handle.url)) - simBefore;
  const visits = latencies.length;
  return {
    visits,
    visitsPerSecond: round(visits / seconds, 1),
    clientCpuMsPerVisit: round((cpu.user + cpu.system) / 1000 / visits, 3),
    simulatorCpuMsPerVisit: round(simulatorMs / visits, 3),
    latencyMsP50: round(median(latencies), 1),
    latencyMsP95: round(percentile(latencies, 95), 1),
    loadAverage1m: round(loadavg()[0] ?? 0, 2),
  };
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Median and best (highest throughput, lowest CPU) of the rounds, each figure on its own. */
function summarise(rounds: RunResult[]) {
  const of = (pick: (r: RunResult) => number) => rounds.map(pick);
  const client = median(of((r) => r.clientCpuMsPerVisit));
  const simulator = median(of((r) => r.simulatorCpuMsPerVisit));
  return {
    median: {
      visitsPerSecond: median(of((r) => r.visitsPerSecond)),
      clientCpuMsPerVisit: client,
      simulatorCpuMsPerVisit: simulator,
      latencyMsP50: median(of((r) => r.latencyMsP50)),
      latencyMsP95: median(of((r) => r.latencyMsP95)),
    },
    best: {
      visitsPerSecond: Math.max(...of((r) => r.visitsPerSecond)),
      clientCpuMsPerVisit: Math.min(...of((r) => r.clientCpuMsPerVisit)),
      simulatorCpuMsPerVisit: Math.min(...of((r) => r.simulatorCpuMsPerVisit)),
    },
    bottleneck: simulator >= client ? ('simulator' as const) : ('client' as const),
    rounds,
  };
}

async function main(): Promise<void> {
  const { child, handle } = await startChild();
  try {
    const configurations: { name: string; sync: SyncOne; concurrencies: number[] }[] = [
      { name: 'sdk over fetch', sync: sdk(handle), concurrencies: [1, 8] },
      { name: 'sdk over createNodeFetch', sync: sdk(handle, createNodeFetch()), concurrencies: [1, 8] },
      ...Object.entries(await bareTransports(handle)).map(([name, sync]) => ({
        name,
        sync,
        concurrencies: [8],
      })),
    ];
    // Warm up: token, NIK → IHS cache, zod's compiled parsers, JIT on both sides.
    for (const { sync } of configurations) {
      let left = WARM_UP_VISITS;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (left-- > 0) await sync();
        }),
      );
    }
    const results = new Map<string, RunResult[]>();
    for (let r = 1; r <= ROUNDS; r += 1) {
      for (const { name, sync, concurrencies } of configurations) {
        for (const concurrency of concurrencies) {
          const key = `${name} @${concurrency}`;
          const result = await run(sync, handle, concurrency);
          results.set(key, [...(results.get(key) ?? []), result]);
          console.log(
            `round ${r} ${key.padEnd(30)} ${String(result.visitsPerSecond).padStart(6)} visits/s, ` +
              `client ${result.clientCpuMsPerVisit.toFixed(3)} ms/visit, simulator ` +
              `${result.simulatorCpuMsPerVisit.toFixed(3)} ms/visit, p50 ${result.latencyMsP50} ms, load ${result.loadAverage1m}`,
          );
        }
      }
    }
    const summary: Record<string, ReturnType<typeof summarise>> = {};
    console.log(`\nmedian of ${ROUNDS} rounds of ${SECONDS_PER_RUN} s (best in brackets):`);
    for (const [key, rounds] of results) {
      const s = summarise(rounds);
      summary[key] = s;
      console.log(
        `${key.padEnd(30)} ${String(s.median.visitsPerSecond).padStart(6)} visits/s (${s.best.visitsPerSecond}), ` +
          `client ${s.median.clientCpuMsPerVisit.toFixed(3)} (${s.best.clientCpuMsPerVisit.toFixed(3)}) ms/visit, ` +
          `simulator ${s.median.simulatorCpuMsPerVisit.toFixed(3)} (${s.best.simulatorCpuMsPerVisit.toFixed(3)}) ms/visit, ` +
          `bottleneck: ${s.bottleneck}`,
      );
    }
    if ((loadavg()[0] ?? 0) > cpus().length) {
      console.log(
        `note: load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores; CPU per visit is the steadier figure`,
      );
    }
    writeBenchResult('satusehat', {
      description:
        'Visit sync (Encounter lookup + transaction Bundle of 9 entries) against the simulator in a child process, ' +
        'loopback; the SDK over Node fetch and over createNodeFetch, and bare transports sending the same two requests',
      secondsPerRun: SECONDS_PER_RUN,
      rounds: ROUNDS,
      // The machine may be shared: throughput depends on what else runs, CPU per visit much less so.
      loadAverage1m: round(loadavg()[0] ?? 0, 2),
      configurations: summary,
      targets: { visitsPerSecondAtConcurrency8: 200, bottleneckAtConcurrency8: 'simulator' },
    });
  } finally {
    child.stdin?.end();
  }
}

if (process.env[ROLE] === 'simulator') await runSimulatorChild();
else await main();
