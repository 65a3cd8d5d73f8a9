// An esbuild plugin that shrinks Lit's css`` and html`` / svg`` template literals before
// bundling. CSS loses comments and needless white space. HTML loses line breaks and
// indentation: each run of white space that holds a line break becomes one space, which
// renders the same outside <pre> and <textarea> (the elements put no literal text there).
// Only the static text of a template changes; expressions (${…}) are kept, and templates
// nested inside them are shrunk too. The source is read with the TypeScript parser, so
// strings, comments and regular expressions that look like templates are left alone.
import { readFile } from 'node:fs/promises';
import ts from 'typescript';

export function shrinkCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function shrinkHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ').replace(/>\s+</g, '> <');
}

const TAGS = { css: shrinkCss, html: shrinkHtml, svg: shrinkHtml };

/** The static pieces of a template literal: [start, end) offsets of each text part. */
function pieces(template, sourceFile) {
  const text = sourceFile.text;
  const parts = ts.isNoSubstitutionTemplateLiteral(template)
    ? [template]
    : [template.head, ...template.templateSpans.map((s) => s.literal)];
  return parts.map((part) => {
    const start = part.getStart(sourceFile) + 1; // after ` or }
    const end = part.getEnd() - (text[part.getEnd() - 1] === '`' ? 1 : 2); // before ` or ${
    return [start, end];
  });
}

/** Rewrites the static parts of every css`…`, html`…` and svg`…` literal in a source. */
export function shrinkTemplates(source, fileName = 'file.ts') {
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (
      ts.isTaggedTemplateExpression(node) &&
      ts.isIdentifier(node.tag) &&
      Object.hasOwn(TAGS, node.tag.text)
    ) {
      const shrink = TAGS[node.tag.text];
      const whole = ts.isNoSubstitutionTemplateLiteral(node.template);
      const parts = pieces(node.template, sourceFile);
      parts.forEach(([start, end], index) => {
        const piece = source.slice(start, end);
        let small = shrink(piece);
        // Beside an expression, keep one space where there was some (`${a} ${b}`).
        if (!whole && node.tag.text === 'css') {
          if (index > 0 && /^\s/.test(piece) && small) small = ` ${small}`;
          if (index < parts.length - 1 && /\s$/.test(piece)) small = `${small} `;
        }
        edits.push([start, end, small]);
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  edits.sort((a, b) => b[0] - a[0]);
  let out = source;
  for (const [start, end, replacement] of edits) {
    out = out.slice(0, start) + replacement + out.slice(end);
  }
  return out;
}

export const minifyTemplates = {
  name: 'minify-lit-templates',
  setup(build) {
    build.onLoad({ filter: /packages\/widgets\/src\/.*\.ts$/ }, async (args) => ({
      contents: shrinkTemplates(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};
