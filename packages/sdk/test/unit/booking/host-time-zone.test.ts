import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const script = path.join(here, 'fixtures', 'print-slots.ts');

function slotsUnder(tz: string): { hostOffset: number; result: unknown } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, TZ: tz },
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

describe('slot engine and the host time zone', () => {
  it('computes identical slots whatever TZ the process runs in', () => {
    const zones = ['UTC', 'Asia/Jayapura', 'America/St_Johns', 'Pacific/Chatham', 'Europe/Berlin'];
    const runs = zones.map(slotsUnder);
    // The hosts really disagree about their own offset...
    expect(new Set(runs.map((r) => r.hostOffset)).size).toBe(zones.length);
    // ...and agree on every slot.
    const [reference] = runs;
    const first = JSON.stringify(reference?.result);
    expect((reference?.result as unknown[][] | undefined)?.flat().length).toBeGreaterThan(50);
    for (const run of runs) expect(JSON.stringify(run.result)).toBe(first);
  }, 60_000);
});
