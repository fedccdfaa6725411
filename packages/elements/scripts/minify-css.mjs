/**
 * An esbuild plugin that minifies the CSS inside Lit `css` templates of the style modules. esbuild
 * minifies JavaScript, but a template literal is a string to it, and the CSS is a fifth of each element.
 * Templates with `${…}` interpolations are left as written.
 */
import { readFile } from 'node:fs/promises';

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export const minifyCssPlugin = {
  name: 'minify-lit-css',
  setup(build) {
    build.onLoad({ filter: /(\.styles|[\\/]styles[\\/]\w+)\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const contents = source.replace(/css`([^`]*)`/g, (whole, body) =>
        body.includes('${') ? whole : `css\`${minifyCss(body)}\``,
      );
      return { contents, loader: 'ts' };
    });
  },
};
