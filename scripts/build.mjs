#!/usr/bin/env node
// Builds the packages in dependency order (fhir-mappers -> sdk -> elements -> sandbox, then examples):
// each package's declarations are read by the next one's dts step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const { workspaces } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const ordered = workspaces.filter((w) => !w.includes('*'));
for (const workspace of ordered) {
  const t0 = Date.now();
  const child = spawnSync('npm', ['run', 'build', '--silent', '--workspace', workspace], {
    stdio: 'inherit',
  });
  if (child.status !== 0) {
    console.error(`build failed in ${workspace}`);
    process.exit(child.status ?? 1);
  }
  console.log(`built ${workspace} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
for (const dir of existsSync('examples') ? readdirSync('examples') : []) {
  const manifest = `examples/${dir}/package.json`;
  if (!existsSync(manifest) || !JSON.parse(readFileSync(manifest, 'utf8')).scripts?.build) continue;
  const child = spawnSync('npm', ['run', 'build', '--silent', '--workspace', `examples/${dir}`], {
    stdio: 'inherit',
  });
  if (child.status !== 0) process.exit(child.status ?? 1);
}
