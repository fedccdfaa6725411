import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Nearest-rank percentile of a list of samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/**
 * Writes `bench/results/<name>.json` with the machine it ran on, and prints where it went.
 * Benchmarks print their own human-readable figures; this is the record.
 */
export function writeBenchResult(name: string, results: Record<string, unknown>): string {
  const file = path.join(root, 'bench', 'results', `${name}.json`);
  mkdirSync(path.dirname(file), { recursive: true });
  const record = {
    name,
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${os.platform()} ${os.arch()}`,
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
    },
    results,
  };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`results written to ${path.relative(root, file)}`);
  return file;
}
