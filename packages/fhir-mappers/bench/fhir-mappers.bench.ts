// Visit -> SATUSEHAT transaction Bundle throughput, with and without validateForSatuSehat.
// A visit: Encounter, 6 vital signs, 2 diagnoses, 1 procedure, 2 prescription lines (one a racikan).
// Run with `npm run bench -- fhir-mappers`. Prints figures; asserts nothing.
//
// The machine is shared, so two measures are given. Wall clock (per round of 1,000 visits: median, best,
// p10-p90) is what a caller waits, and drops when other processes take the cores. CPU time of this process
// (process.cpuUsage, so GC and compiler threads are counted too) is what each visit costs one core, and is the
// figure to hold against "per second on one core" when the load average is above the core count; it still
// rises under load (a busy sibling hyperthread, shared caches), so its median and best round are given too.
// The cases run in interleaved rounds, so a change in load touches all of them alike.
import os from 'node:os';
import { median, percentile, writeBenchResult } from '../../../scripts/bench-report';
import {
  buildVisitBundle,
  parseRecord,
  randomUuid,
  type VisitRecord,
  validateForSatuSehat,
  visitRecordSchema,
} from '../src/index';
import { CONTEXT, finishedVisit } from '../test/support/records';

const ROUNDS = 60;
const PER_ROUND = 1_000;
const WARM_UP = 3_000;
const TARGET = 20_000;

interface Figures {
  /** Visits per second by wall clock: median, best and 10th/90th percentile round. */
  medianPerSecond: number;
  bestPerSecond: number;
  p10PerSecond: number;
  p90PerSecond: number;
  /** Visits per second of this process's CPU time, over all rounds. */
  cpuPerSecond: number;
  /** Wall-clock µs per visit in the median round. */
  microsecondsPerVisit: number;
  /** CPU µs per visit: over all rounds, in the median round, in the best round. */
  cpuMicrosecondsPerVisit: number;
  cpuMicrosecondsMedianRound: number;
  cpuMicrosecondsBestRound: number;
}

const visit: VisitRecord = finishedVisit();
const options = { ...CONTEXT, createUuid: randomUuid };
const built = buildVisitBundle(visit, options);
if (built.entry?.length !== 12) throw new Error(`expected 12 entries, got ${built.entry?.length}`);

const cases: Record<string, () => void> = {
  'visit -> Bundle (parse + map), no validation': () => {
    buildVisitBundle(visit, { ...options, validate: false });
  },
  'visit -> Bundle + validateForSatuSehat': () => {
    buildVisitBundle(visit, options);
  },
  'parse visit record only (zod)': () => {
    parseRecord(visitRecordSchema, visit, 'visit', { now: CONTEXT.now });
  },
  'validateForSatuSehat(Bundle) only': () => {
    validateForSatuSehat(built, { organizationId: CONTEXT.organizationId, now: CONTEXT.now });
  },
};

const round = (n: number) => Math.round(n);
const oneDecimal = (n: number) => Math.round(n * 10) / 10;
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2));

const names = Object.keys(cases);
const rates = new Map(names.map((name) => [name, [] as number[]]));
const cpuPerVisitByRound = new Map(names.map((name) => [name, [] as number[]]));

for (const name of names) for (let i = 0; i < WARM_UP; i += 1) cases[name]?.();
(globalThis as { gc?: () => void }).gc?.();
const loadBefore = loadAverage();
for (let r = 0; r < ROUNDS; r += 1) {
  for (const name of names) {
    const run = cases[name] as () => void;
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    for (let i = 0; i < PER_ROUND; i += 1) run();
    const elapsed = performance.now() - start;
    const cpu = process.cpuUsage(cpuStart);
    rates.get(name)?.push(PER_ROUND / (elapsed / 1000));
    cpuPerVisitByRound.get(name)?.push((cpu.user + cpu.system) / PER_ROUND);
  }
}
const loadAfter = loadAverage();

const results: Record<string, Figures> = {};
console.log(
  `fhir-mappers: ${ROUNDS} interleaved rounds x ${PER_ROUND} visits per case, node ${process.version}, ` +
    `${os.cpus().length} cpus, load average ${loadBefore.join(' ')} before, ${loadAfter.join(' ')} after`,
);
console.log(
  `${'case'.padEnd(46)} ${'wall median'.padStart(12)} ${'best'.padStart(8)} ${'p10-p90'.padStart(15)}` +
    ` ${'cpu'.padStart(9)} ${'µs wall'.padStart(8)} ${'µs cpu'.padStart(7)} ${'median/best round'.padStart(18)}`,
);
for (const name of names) {
  const samples = rates.get(name) ?? [];
  const cpuRounds = cpuPerVisitByRound.get(name) ?? [];
  const cpuPerVisit = cpuRounds.reduce((sum, micros) => sum + micros, 0) / cpuRounds.length;
  const med = median(samples);
  const f: Figures = {
    medianPerSecond: round(med),
    bestPerSecond: round(Math.max(...samples)),
    p10PerSecond: round(percentile(samples, 10)),
    p90PerSecond: round(percentile(samples, 90)),
    cpuPerSecond: round(1e6 / cpuPerVisit),
    microsecondsPerVisit: oneDecimal(1e6 / med),
    cpuMicrosecondsPerVisit: oneDecimal(cpuPerVisit),
    cpuMicrosecondsMedianRound: oneDecimal(median(cpuRounds)),
    cpuMicrosecondsBestRound: oneDecimal(Math.min(...cpuRounds)),
  };
  results[name] = f;
  console.log(
    `${name.padEnd(46)} ${`${f.medianPerSecond}/s`.padStart(12)} ${`${f.bestPerSecond}/s`.padStart(8)} ` +
      `${`${f.p10PerSecond}-${f.p90PerSecond}`.padStart(15)} ${`${f.cpuPerSecond}/s`.padStart(9)} ` +
      `${String(f.microsecondsPerVisit).padStart(8)} ${String(f.cpuMicrosecondsPerVisit).padStart(7)} ` +
      `${`${f.cpuMicrosecondsMedianRound}/${f.cpuMicrosecondsBestRound}`.padStart(18)}`,
  );
}
const validated = results['visit -> Bundle + validateForSatuSehat'] as Figures;
const verdict = (perSecond: number) => (perSecond >= TARGET ? 'met' : 'not met');
console.log(
  `validated visit Bundles (target ${TARGET}/s on one core): ` +
    `wall median ${validated.medianPerSecond}/s (${verdict(validated.medianPerSecond)}), ` +
    `best round ${validated.bestPerSecond}/s, ` +
    `CPU time ${validated.cpuPerSecond}/s = ${validated.cpuMicrosecondsPerVisit} µs per visit (${verdict(validated.cpuPerSecond)}), ` +
    `median round ${validated.cpuMicrosecondsMedianRound} µs`,
);
if (Number(loadBefore[0]) > os.cpus().length) {
  console.log(
    `load average above ${os.cpus().length} cpus: wall clock measures the contention; read the CPU-time columns`,
  );
}
writeBenchResult('fhir-mappers', {
  visit: 'Encounter, 6 vital signs, 2 diagnoses, 1 procedure, 2 prescription lines; 12 Bundle entries',
  rounds: ROUNDS,
  visitsPerRound: PER_ROUND,
  loadAverageBefore: loadBefore.map(Number),
  loadAverageAfter: loadAfter.map(Number),
  targetValidatedPerSecond: TARGET,
  cases: results,
});
