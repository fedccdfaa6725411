/**
 * custom-elements.json from the JSDoc of each element (@summary @tag @slot @event @csspart @cssproperty
 * @cssstate). The base classes are analysed too so inherited attributes (endpoint, lang…) are listed, and
 * the event modules so the React wrappers can import each event's type from where it is declared.
 */
export default {
  globs: [
    'src/components/**/*.ts',
    'src/events/*.ts',
    'src/internal/sehat-element.ts',
    'src/internal/endpoint-element.ts',
  ],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts', 'src/components/**/define.ts'],
  // Tests write elsewhere to compare with the committed manifest.
  outdir: process.env.CEM_OUTDIR ?? '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in the order its glob finds files, which varies with disk and load;
      // sorting by path keeps the committed manifest reproducible.
      name: 'sehatkit-stable-order',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      },
    },
  ],
};
