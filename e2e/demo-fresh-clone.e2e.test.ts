import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const enabled = process.env.SEHATKIT_FRESH_CLONE === '1';

/**
 * The README's first command on a fresh clone: `npm ci && npm start` reaches a working demo clinic, every
 * page answers, and Ctrl-C stops it. It clones the committed HEAD, installs and builds everything (several
 * minutes), so it runs only when asked: `SEHATKIT_FRESH_CLONE=1 npx vitest run --project e2e
 * e2e/demo-fresh-clone.e2e.test.ts`. Dependencies come from npm's cache where it has them.
 */
describe.skipIf(!enabled)('npm ci && npm start on a fresh clone', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'sehatkit-clone-'));
  const clone = path.join(work, 'sehatkit');
  let sandbox: ChildProcess | undefined;
  let output = '';

  afterAll(() => {
    sandbox?.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  });

  it('installs, builds and serves the demo clinic, then stops on Ctrl-C', async () => {
    await run('git', ['clone', '--quiet', root, clone]);
    await run('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: clone,
      maxBuffer: 64 << 20,
    });

    // Away from the default ports, so a sandbox the developer is running does not interfere.
    sandbox = spawn('npm', ['start', '--', '--port-base', '5900'], { cwd: clone, detached: true });
    sandbox.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    sandbox.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const until = Date.now() + 600_000;
    while (!output.includes('Press Ctrl-C to stop.')) {
      if (Date.now() > until || sandbox.exitCode !== null)
        throw new Error(`npm start did not come up:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(output).toContain('Demo clinic (open this)              http://127.0.0.1:5900');
    for (const page of ['/', '/meja-depan', '/dokter', '/situs', '/telekonsultasi', '/di-balik-layar']) {
      const response = await fetch(`http://127.0.0.1:5900${page}`);
      expect(response.status, page).toBe(200);
      expect(await response.text(), page).toContain('Klinik SehatKit');
    }
    expect((await fetch('http://127.0.0.1:5900/cdn/sehatkit.js')).status).toBe(200);
    expect((await fetch('http://127.0.0.1:5900/api/health')).status).toBe(200);

    // Ctrl-C reaches the whole process group, as in a terminal.
    process.kill(-(sandbox.pid as number), 'SIGINT');
    const exit = await new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      sandbox?.once('exit', (code, signal) => resolve({ code, signal })),
    );
    expect(output).toContain('Stopped.');
    // npm itself takes the SIGINT and ends by it; the sandbox under it stopped cleanly ("Stopped.").
    expect(exit.code === 0 || exit.signal === 'SIGINT').toBe(true);
    await expect(fetch('http://127.0.0.1:5900/')).rejects.toThrow();
  }, 900_000);
});
