/** tsup entries derived from a package's `exports` map, so the map stays the one list of public subpaths. */
export function entriesFromExports(exports: Record<string, unknown>): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const key of Object.keys(exports)) {
    if (key === './package.json') continue;
    const name = key === '.' ? 'index' : `${key.slice(2)}/index`;
    entries[name] = `src/${name}.ts`;
  }
  return entries;
}

// tsup 8.5 + TypeScript 6: the dts step injects baseUrl (TS5101) and fails on composite projects (TS6307);
// `paths: {}` makes sibling packages resolve to their built declarations and stay external.
export const dtsOptions = {
  compilerOptions: { composite: false, ignoreDeprecations: '6.0', paths: {} },
};
