import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SourceFile } from '../../src/drugs/compiler/compile';

export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const sourceRoot = path.join(packageRoot, 'knowledge-base');
export const bundleFile = path.join(packageRoot, 'src/drugs/knowledge-base/bundle.generated.ts');

/** The folders whose files are knowledge-base sources; files at the top level are helpers, not records. */
export const SOURCE_FOLDERS = [
  'ingredients',
  'classes',
  'interactions',
  'allergy',
  'duplicates',
  'contraindications',
] as const;

function listSources(root: string): string[] {
  const out: string[] = [];
  for (const folder of SOURCE_FOLDERS) {
    const dir = path.join(root, folder);
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const entry of entries.sort()) {
      const full = path.join(dir, entry);
      if (statSync(full).isFile() && /\.(ts|json)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(full);
    }
  }
  return out;
}

/** Reads every source file: `.json` as data, `.ts` through its default export. */
export async function loadSourceFiles(root = sourceRoot): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  for (const full of listSources(root)) {
    const name = path.relative(root, full).split(path.sep).join('/');
    if (full.endsWith('.json')) {
      files.push({ name, content: JSON.parse(readFileSync(full, 'utf8')) });
    } else {
      const mod = (await import(pathToFileURL(full).href)) as { default?: unknown };
      files.push({ name, content: mod.default });
    }
  }
  return files;
}

export function loadRelease(root = sourceRoot): { version: string; releasedAt: string } {
  return JSON.parse(readFileSync(path.join(root, 'release.json'), 'utf8'));
}
