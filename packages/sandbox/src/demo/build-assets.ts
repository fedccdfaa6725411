import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const packageDir = path.resolve(here, '../..');
const repositoryRoot = path.resolve(packageDir, '../..');

/**
 * Builds the demo clinic's browser side into `dist/demo/public`: the page fragments and stylesheet as they
 * are, and one ES module per page from `client/` (plain TypeScript, bundled with the small browser-safe
 * parts of the SDK it uses; the elements themselves come from `@sehatkit/elements`' cdn build at run time).
 * Runs after tsup (`npm run build`) and before the demo's end-to-end test.
 */
export async function buildDemoAssets(
  outDir = path.join(packageDir, 'dist', 'demo', 'public'),
): Promise<string> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(path.join(here, 'public'), outDir, { recursive: true });
  const clientDir = path.join(here, 'client');
  const pages = readdirSync(clientDir).filter((f) => f.endsWith('.ts'));
  await esbuild.build({
    entryPoints: pages.map((f) => path.join(clientDir, f)),
    outdir: path.join(outDir, 'js'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    chunkNames: 'chunks/[name]-[hash]',
    // Workspace packages resolve to their sources, so the demo needs no prior build of them.
    tsconfig: path.join(repositoryRoot, 'tsconfig.base.json'),
    logLevel: 'warning',
  });
  return outDir;
}
