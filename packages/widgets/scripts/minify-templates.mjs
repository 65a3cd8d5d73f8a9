// An esbuild plugin that shrinks Lit's css`` and html`` template literals before bundling:
// CSS loses comments and needless white space; HTML loses line breaks and indentation
// (collapsed to one space, which renders the same outside <pre> and <textarea>, which the
// elements do not put literal text in). Expressions (${…}) are left untouched.
import { readFile } from 'node:fs/promises';

function shrinkCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

function shrinkHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ').replace(/>\s+</g, '> <');
}

/** Rewrites the static parts of every css`…` and html`…` / svg`…` literal in a source file. */
export function shrinkTemplates(source) {
  let out = '';
  let i = 0;
  const tag = /\b(css|html|svg)`/g;
  let m;
  while ((m = tag.exec(source))) {
    const kind = m[1];
    let j = m.index + m[0].length;
    out += source.slice(i, j);
    // Walk the literal, copying ${…} expressions verbatim (with nested braces and strings).
    let chunk = '';
    const flush = () => {
      out += kind === 'css' ? shrinkCss(chunk).replace(/^$/, '') : shrinkHtml(chunk);
      chunk = '';
    };
    while (j < source.length && source[j] !== '`') {
      if (source[j] === '\\') {
        chunk += source.slice(j, j + 2);
        j += 2;
      } else if (source[j] === '$' && source[j + 1] === '{') {
        flush();
        let depth = 0;
        const start = j;
        do {
          const c = source[j];
          if (c === '{') depth++;
          else if (c === '}') depth--;
          else if (c === '`') {
            // nested template inside an expression: skip to its end
            j++;
            while (j < source.length && source[j] !== '`') j += source[j] === '\\' ? 2 : 1;
          } else if (c === "'" || c === '"') {
            const q = c;
            j++;
            while (j < source.length && source[j] !== q) j += source[j] === '\\' ? 2 : 1;
          }
          j++;
        } while (depth > 0 && j < source.length);
        out += source.slice(start, j);
      } else {
        chunk += source[j++];
      }
    }
    flush();
    i = j;
    tag.lastIndex = j + 1;
  }
  return out + source.slice(i);
}

export const minifyTemplates = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /packages\/widgets\/src\/.*\.ts$/ }, async (args) => ({
      contents: shrinkTemplates(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};
