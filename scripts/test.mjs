#!/usr/bin/env node
// The one test command (`npm test`): lint, typecheck, build, every Vitest project, the static Storybook,
// and the WebRTC end-to-end tests inside a loopback-only network namespace. It always runs every step,
// then prints one plain `N passed, N failed` line that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, '.vitest-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `\nChromium is missing at ${chromium}. Browser tests need Debian's package:\n  apt-get install -y chromium\n`,
  );
}

const results = [];
const started = Date.now();

function run(name, command, args, options = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${[command, ...args].join(' ')}`);
  const child = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...options.env },
  });
  const ok = child.status === 0;
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  console.log(`${ok ? '✔' : '✘'} ${name} (${seconds} s)`);
  return ok;
}

function step(name, command, args, options) {
  results.push({ name, kind: 'step', ok: run(name, command, args, options) });
}

function vitest(name, projects, options = {}) {
  const outputFile = path.join(reports, `${name}.json`);
  const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p])];
  args.push('--reporter=default', '--reporter=json', `--outputFile.json=${outputFile}`);
  const wrapped = options.netns ? netns(['npx', ...args]) : ['npx', args];
  const ok = run(name, wrapped[0], wrapped[1], options);
  let passed = 0;
  let failed = 0;
  if (existsSync(outputFile)) {
    const report = JSON.parse(readFileSync(outputFile, 'utf8'));
    passed = report.numPassedTests;
    failed = report.numFailedTests;
    // A suite that fails to load has no tests but must still count as a failure.
    failed += report.testResults.filter(
      (r) => r.status === 'failed' && r.assertionResults.length === 0,
    ).length;
  }
  if (!ok && failed === 0) failed = 1;
  results.push({ name, kind: 'vitest', ok, passed, failed });
}

// WebRTC picks host candidates from every interface; a namespace that holds only `lo` keeps the
// tests on loopback (toolchain-probe §6). It needs root; elsewhere the tests run in the host network.
function netns(commandLine) {
  const canUnshare = process.getuid?.() === 0 && spawnSync('unshare', ['-n', 'true']).status === 0;
  if (!canUnshare) {
    console.warn(
      'unshare -n is unavailable (not root?): running the e2e tests in the host network namespace.',
    );
    return [commandLine[0], commandLine.slice(1)];
  }
  const quoted = commandLine.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  return ['unshare', ['-n', 'sh', '-c', `ip link set lo up && ${quoted}`]];
}

step('lint (biome)', 'npx', ['biome', 'check', '.']);
step('typecheck (tsc)', 'npx', ['tsc', '-p', 'tsconfig.json']);
step('build', 'node', ['scripts/build.mjs']);
vitest('node', ['unit', 'integration', 'conformance']);
vitest('browser', ['browser', 'storybook']);
step('storybook build', 'npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet']);
vitest('e2e', ['e2e'], { netns: true });

const passed = results.reduce((n, r) => n + (r.kind === 'vitest' ? r.passed : r.ok ? 1 : 0), 0);
const failed = results.reduce((n, r) => n + (r.kind === 'vitest' ? r.failed : r.ok ? 0 : 1), 0);
console.log('\nSummary');
for (const r of results) {
  const counts = r.kind === 'vitest' ? ` ${r.passed} passed, ${r.failed} failed` : '';
  console.log(`  ${r.ok ? '✔' : '✘'} ${r.name}${counts}`);
}
console.log(`  total time ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && results.every((r) => r.ok) ? 0 : 1);
