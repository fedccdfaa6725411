import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file the demo serves as is. */
export interface StaticFile {
  type: string;
  body: Buffer;
}

export interface DemoAssets {
  /** Stylesheet, scripts and images by URL path below `/assets/`. */
  files: Map<string, StaticFile>;
  /** Page bodies by name (`front-desk`), wrapped in the layout when served. */
  fragments: Map<string, string>;
}

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export const contentType = (file: string) => TYPES[path.extname(file)] ?? 'application/octet-stream';

/**
 * The sandbox package's own folder, found from this module whether it runs from `src/` (tests), from the
 * built `dist/` or from `node_modules/@sehatkit/sandbox`.
 */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === '@sehatkit/sandbox')
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('@sehatkit/sandbox: cannot find the package folder');
    dir = parent;
  }
}

/** Where `npm run build` puts the demo's pages, stylesheet and compiled scripts. */
export function demoAssetsDir(): string {
  return path.join(packageRoot(), 'dist', 'demo', 'public');
}

/** The script-tag build of @sehatkit/elements (`cdn/sehatkit.js` and its chunks). */
export function elementsCdnDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@sehatkit/elements/package.json')), 'cdn');
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full, base) : [path.relative(base, full)];
  });
}

/** Reads the built demo into memory once; undefined when the demo was not built. */
export function loadDemoAssets(dir = demoAssetsDir()): DemoAssets | undefined {
  if (!existsSync(path.join(dir, 'pages'))) return undefined;
  const files = new Map<string, StaticFile>();
  const fragments = new Map<string, string>();
  for (const relative of walk(dir)) {
    const urlPath = relative.split(path.sep).join('/');
    const full = path.join(dir, relative);
    if (urlPath.startsWith('pages/') && urlPath.endsWith('.html')) {
      fragments.set(urlPath.slice('pages/'.length, -'.html'.length), readFileSync(full, 'utf8'));
    } else {
      files.set(urlPath, { type: contentType(full), body: readFileSync(full) });
    }
  }
  return { files, fragments };
}

/**
 * A file below `root`, read per request (the elements' build may be redone while the sandbox runs);
 * undefined for anything outside `root` or missing.
 */
export function readInside(root: string, urlPath: string): StaticFile | undefined {
  const full = path.resolve(root, `.${path.posix.normalize(`/${urlPath}`)}`);
  if (!full.startsWith(root + path.sep)) return undefined;
  if (!existsSync(full) || !statSync(full).isFile()) return undefined;
  return { type: contentType(full), body: readFileSync(full) };
}
