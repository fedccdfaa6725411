#!/usr/bin/env node
// `npm run bench [-- name…]`: runs every `packages/*/bench/*.bench.ts` (or those whose name contains one of
// the arguments) one after another, so no benchmark competes with another for the two cores.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const filters = process.argv.slice(2);
const files = [];
for (const pkg of readdirSync(path.join(root, 'packages'))) {
  const dir = path.join(root, 'packages', pkg, 'bench');
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).sort()) if (f.endsWith('.bench.ts')) files.push(path.join(dir, f));
}
const selected = files.filter(
  (f) => filters.length === 0 || filters.some((n) => path.basename(f).includes(n)),
);
if (selected.length === 0) {
  console.error(`No benchmark matches ${filters.join(', ') || '(none found)'}`);
  process.exit(1);
}
let failed = 0;
for (const file of selected) {
  console.log(`\n=== ${path.relative(root, file)}`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', file], {
    cwd: root,
    stdio: 'inherit',
  });
  if (child.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
