import { execFile } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Sandbox, startSandbox } from '@sehatkit/sandbox';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/browser';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = ['fhir-mappers', 'sdk', 'elements', 'sandbox'] as const;
type Name = (typeof PACKAGES)[number];

interface Packed {
  filename: string;
  integrity: string;
  files: Set<string>;
  manifest: Record<string, unknown> & { name: string; version: string; exports: Record<string, unknown> };
}

/** The first `ts`, `js` or `html` block of a README: the snippet a reader tries first. */
function firstSnippet(readme: string): { lang: string; code: string } {
  const match = readme.match(/```(ts|js|html)\n([\s\S]*?)```/);
  if (!match) throw new Error('the README has no ts, js or html snippet');
  return { lang: match[1] as string, code: match[2] as string };
}

/** Every file an `exports` entry names, with `*` patterns turned into regular expressions. */
function exportedFiles(exports: Record<string, unknown>): string[] {
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') out.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  walk(exports);
  return out;
}

/**
 * A project that depends on the four tarballs, with a lockfile holding the third-party dependencies at the
 * versions this repository's lockfile resolved. Without it npm would resolve the newest versions, which
 * offline means metadata and tarballs npm's cache may not hold.
 */
function appWithTarballs(packed: Map<Name, Packed>) {
  const rootLock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, Record<string, unknown>>;
  };
  const dependencies = Object.fromEntries(
    PACKAGES.map((n) => [`@sehatkit/${n}`, `file:../${path.basename((packed.get(n) as Packed).filename)}`]),
  );
  const packages: Record<string, unknown> = {
    '': { name: 'sehatkit-pack-check', dependencies },
  };
  for (const [key, entry] of Object.entries(rootLock.packages)) {
    if (
      !key.startsWith('node_modules/') ||
      entry.dev ||
      entry.link ||
      key.startsWith('node_modules/@sehatkit')
    )
      continue;
    packages[key] = entry;
  }
  for (const n of PACKAGES) {
    const { manifest, integrity, filename } = packed.get(n) as Packed;
    packages[`node_modules/@sehatkit/${n}`] = {
      version: manifest.version,
      resolved: `file:../${path.basename(filename)}`,
      integrity,
      license: manifest.license,
      ...(manifest.dependencies ? { dependencies: manifest.dependencies } : {}),
      ...(manifest.peerDependencies ? { peerDependencies: manifest.peerDependencies } : {}),
      ...(manifest.peerDependenciesMeta ? { peerDependenciesMeta: manifest.peerDependenciesMeta } : {}),
      ...(manifest.bin ? { bin: manifest.bin } : {}),
      ...(manifest.engines ? { engines: manifest.engines } : {}),
    };
  }
  return {
    manifest: { name: 'sehatkit-pack-check', private: true, type: 'module', dependencies },
    lockfile: { name: 'sehatkit-pack-check', lockfileVersion: 3, requires: true, packages },
  };
}

/**
 * What npm users get: each package packed with `npm pack`, its contents and metadata checked, the four
 * tarballs installed into an empty folder outside the workspace (offline, from npm's cache), and each
 * README's first snippet run against that install: in Node, or in Chromium for the elements' script tag.
 * Needs the packages built (`npm test` builds first).
 */
describe('the published packages', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'sehatkit-dist-'));
  const app = path.join(work, 'app');
  const packed = new Map<Name, Packed>();

  beforeAll(async () => {
    for (const name of PACKAGES) {
      const dir = path.join(root, 'packages', name);
      const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', work], {
        cwd: dir,
        maxBuffer: 64 << 20,
      });
      const [info] = JSON.parse(stdout) as {
        filename: string;
        integrity: string;
        files: { path: string }[];
      }[];
      if (!info) throw new Error(`npm pack printed nothing for ${name}`);
      packed.set(name, {
        filename: path.join(work, info.filename),
        integrity: info.integrity,
        files: new Set(info.files.map((f) => f.path)),
        manifest: JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')),
      });
    }
    mkdirSync(app);
    const { manifest, lockfile } = appWithTarballs(packed);
    writeFileSync(path.join(app, 'package.json'), JSON.stringify(manifest, null, 2));
    writeFileSync(path.join(app, 'package-lock.json'), JSON.stringify(lockfile, null, 2));
    // Offline: every tarball comes from npm's cache, which `npm ci` filled; the e2e network namespace has
    // no network anyway.
    await run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
      cwd: app,
      maxBuffer: 64 << 20,
    });
  }, 240_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(PACKAGES)(
    '@sehatkit/%s packs its build, types, README and licence, and nothing of its sources',
    (name) => {
      const { files, manifest } = packed.get(name) as Packed;
      for (const required of ['package.json', 'README.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']) {
        expect(files, required).toContain(required);
      }
      for (const file of files)
        expect(file).not.toMatch(/^(src|test|bench|scripts)\/|\.tsbuildinfo$|\.test\.[jt]s$/);
      for (const target of exportedFiles(manifest.exports)) {
        const pattern = new RegExp(`^${target.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.+')}$`);
        expect(
          [...files].some((f) => pattern.test(f)),
          `exports names ${target}`,
        ).toBe(true);
      }
      expect(manifest).toMatchObject({
        version: expect.stringMatching(/^\d+\.\d+\.\d+/),
        license: 'Apache-2.0',
        type: 'module',
        engines: { node: expect.stringMatching(/^>=20/) },
        repository: {
          url: expect.stringContaining('github.com/sehatkit/sehatkit'),
          directory: `packages/${name}`,
        },
        publishConfig: { access: 'public' },
      });
      for (const field of ['description', 'keywords', 'homepage', 'bugs', 'types', 'files'])
        expect(manifest[field], field).toBeDefined();
      expect(readFileSync(path.join(app, 'node_modules/@sehatkit', name, 'LICENSE'), 'utf8')).toContain(
        'Apache License',
      );
    },
  );

  it('ships the custom elements manifest, the cdn build and the React wrappers of @sehatkit/elements', () => {
    const { files, manifest } = packed.get('elements') as Packed;
    expect(manifest.customElements).toBe('custom-elements.json');
    expect(files).toContain('custom-elements.json');
    expect(files).toContain('cdn/sehatkit.js');
    expect(files).toContain('dist/react/index.js');
    const cem = JSON.parse(
      readFileSync(path.join(app, 'node_modules/@sehatkit/elements/custom-elements.json'), 'utf8'),
    ) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const tags = cem.modules
      .flatMap((m) => m.declarations ?? [])
      .map((d) => d.tagName)
      .filter(Boolean);
    expect(tags).toEqual(
      expect.arrayContaining(['sehat-booking', 'sehat-bpjs-verify', 'sehat-drug-badge', 'sehat-video-room']),
    );
  });

  it('ships the sandbox command and the demo clinic', async () => {
    const { files, manifest } = packed.get('sandbox') as Packed;
    expect(manifest.bin).toEqual({ 'sehatkit-sandbox': './dist/cli.js' });
    expect(files).toContain('dist/demo/public/pages/front-desk.html');
    expect(files).toContain('dist/demo/public/js/doctor.js');
    expect(readFileSync(path.join(app, 'node_modules/@sehatkit/sandbox/dist/cli.js'), 'utf8')).toMatch(
      /^#!\/usr\/bin\/env node/,
    );
    const { stdout } = await run(path.join(app, 'node_modules/.bin/sehatkit-sandbox'), ['--help'], {
      cwd: app,
    });
    expect(stdout).toContain('Usage: sehatkit-sandbox');
  });

  it('installed real copies, not links into this repository', () => {
    for (const name of PACKAGES) {
      const installed = path.join(app, 'node_modules/@sehatkit', name);
      expect(lstatSync(installed).isSymbolicLink(), name).toBe(false);
      expect(existsSync(path.join(installed, 'src')), name).toBe(false);
    }
  });

  it.each(['fhir-mappers', 'sdk', 'sandbox'] as const)(
    "runs @sehatkit/%s's first README snippet from the install",
    async (name) => {
      const { lang, code } = firstSnippet(
        readFileSync(path.join(root, 'packages', name, 'README.md'), 'utf8'),
      );
      const js =
        lang === 'ts'
          ? (await esbuild.transform(code, { loader: 'ts', format: 'esm', target: 'es2022' })).code
          : code;
      const file = path.join(app, `snippet-${name}.mjs`);
      writeFileSync(file, js);
      const { stdout } = await run(process.execPath, [file], {
        cwd: app,
        timeout: 90_000,
        env: { PATH: process.env.PATH ?? '' },
      });
      if (name === 'sdk') expect(stdout).toMatch(/ARDIANTO PUTRA AKTIF\ncreated [0-9a-f-]{36}/);
      if (name === 'sandbox') expect(stdout).toContain('demo clinic: 200');
    },
  );

  describe("the elements' first README snippet in Chromium", () => {
    let sandbox: Sandbox;
    let browser: Browser;
    let server: Server;

    beforeAll(async () => {
      sandbox = await startSandbox({ cors: { origin: '*' }, demoSite: false });
      browser = await launchChromium();
      const { code } = firstSnippet(readFileSync(path.join(root, 'packages/elements/README.md'), 'utf8'));
      server = createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>snippet</title></head><body>${code}</body></html>`,
        );
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });

    afterAll(async () => {
      await browser?.close();
      await new Promise((resolve) => server?.close(resolve));
      await sandbox?.close();
    });

    it('loads the installed cdn build and renders against a server handler', async () => {
      const page = await (await browser.newContext()).newPage();
      const cdn = path.join(app, 'node_modules/@sehatkit/elements/cdn');
      await page.route('https://cdn.jsdelivr.net/npm/@sehatkit/elements@*/cdn/**', (route) =>
        route.fulfill({
          body: readFileSync(
            path.join(cdn, new URL(route.request().url()).pathname.replace(/^.*\/cdn\//, '')),
          ),
          headers: { 'content-type': 'text/javascript', 'access-control-allow-origin': '*' },
        }),
      );
      await page.route('https://api.your-clinic.id/sehat/**', async (route) =>
        route.fulfill({
          response: await route.fetch({
            url: route
              .request()
              .url()
              .replace('https://api.your-clinic.id/sehat', sandbox.urls.api as string),
          }),
        }),
      );
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await expect
        .poll(() => page.evaluate(() => customElements.get('sehat-booking') !== undefined))
        .toBe(true);
      await expect
        .poll(() => page.locator('sehat-booking #service option').count(), { timeout: 15_000 })
        .toBeGreaterThan(1);
    });
  });
});
