// Logical CSS only: the elements and the demo mirror in right-to-left languages (Arabic), so
// their styles say "start" and "end", never "left" and "right".
// - `physicalCss(text)`: the check itself, on CSS text (the demo's .css files are checked
//   with it by apps/demo/src/logical-css.test.ts);
// - `logicalProperties`: the ESLint rule `dtc/logical-properties`, the same check on the
//   static parts of `css` tagged templates (Lit styles).
// Block-axis properties (top, bottom, margin-top…) stay: they do not change with direction.

/** @type {Record<'left' | 'right', 'start' | 'end'>} */
const SIDE = { left: 'start', right: 'end' };

/** Physical property → its logical equivalent. */
const PROPERTIES = new Map();
for (const [side, logical] of Object.entries(SIDE)) {
  PROPERTIES.set(side, `inset-inline-${logical}`);
  for (const box of ['margin', 'padding', 'scroll-margin', 'scroll-padding']) {
    PROPERTIES.set(`${box}-${side}`, `${box}-inline-${logical}`);
  }
  PROPERTIES.set(`border-${side}`, `border-inline-${logical}`);
  for (const part of ['width', 'style', 'color']) {
    PROPERTIES.set(`border-${side}-${part}`, `border-inline-${logical}-${part}`);
  }
}
for (const [block, blockLogical] of [
  ['top', 'start'],
  ['bottom', 'end'],
]) {
  for (const [side, logical] of Object.entries(SIDE)) {
    PROPERTIES.set(`border-${block}-${side}-radius`, `border-${blockLogical}-${logical}-radius`);
  }
}

/** Properties whose `left` / `right` values have logical equivalents. */
const VALUES = new Map([
  ['text-align', { left: 'start', right: 'end' }],
  ['float', { left: 'inline-start', right: 'inline-end' }],
  ['clear', { left: 'inline-start', right: 'inline-end' }],
]);

const names = (list) => [...list].sort((a, b) => b.length - a.length).join('|');

// A declaration starts the text or follows white space, `{` or `;`: `--margin-left:` (a
// custom property) and `.left:hover` (a selector) are not declarations of these properties.
const PROPERTY = new RegExp(`(?<=^|[\\s{;])(${names(PROPERTIES.keys())})(?=\\s*:)`, 'gi');
const VALUE = new RegExp(
  `(?<=^|[\\s{;])(${names(VALUES.keys())})\\s*:\\s*(left|right)(?![\\w-])`,
  'gi',
);

/**
 * The text with comments and quoted strings blanked (same length, line breaks kept), so
 * that `/* margin-left: … *\/` or `content: 'left: 0'` is not read as a declaration.
 */
function code(text) {
  let out = '';
  let i = 0;
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  while (i < text.length) {
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      out += blank(text.slice(i, stop));
      i = stop;
    } else if (text[i] === '"' || text[i] === "'") {
      // A string ends at its closing quote or, unclosed, at the end of the line.
      const quote = text[i];
      let j = i + 1;
      while (j < text.length && text[j] !== quote && text[j] !== '\n')
        j += text[j] === '\\' ? 2 : 1;
      const end = Math.min(j, text.length);
      out += quote + blank(text.slice(i + 1, end));
      i = end;
      if (text[i] === quote) {
        out += quote;
        i += 1;
      }
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

/**
 * @typedef {object} PhysicalCss
 * @property {number} index Offset of the physical property or value in the text.
 * @property {number} length Its length.
 * @property {number} line 1-based line.
 * @property {number} column 1-based column.
 * @property {string} physical What was found, e.g. `margin-left` or `text-align: left`.
 * @property {string} logical What to write instead, e.g. `margin-inline-start` or `text-align: start`.
 * @property {string} message A sentence saying both.
 */

/**
 * The physical properties and values in a CSS text (a stylesheet or the static parts of a
 * `css` template), in order.
 * @param {string} text
 * @returns {PhysicalCss[]}
 */
export function physicalCss(text) {
  const source = code(text);
  /** @type {Omit<PhysicalCss, 'line' | 'column' | 'message'>[]} */
  const found = [];
  for (const m of source.matchAll(PROPERTY)) {
    const name = m[1];
    found.push({
      index: m.index,
      length: name.length,
      physical: name,
      logical: PROPERTIES.get(name.toLowerCase()),
    });
  }
  for (const m of source.matchAll(VALUE)) {
    const [whole, property, value] = m;
    const at = m.index + whole.length - value.length;
    const logical = VALUES.get(property.toLowerCase())[value.toLowerCase()];
    found.push({
      index: at,
      length: value.length,
      physical: `${property}: ${value}`,
      logical: `${property}: ${logical}`,
    });
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map((f) => {
      const before = text.slice(0, f.index);
      const line = before.split('\n').length;
      const column = f.index - before.lastIndexOf('\n');
      return {
        ...f,
        line,
        column,
        message: `Use the logical '${f.logical}' instead of '${f.physical}', so that the layout mirrors right to left.`,
      };
    });
}

/** The tagged template is Lit's `css` (`css\`…\``, or `lit.css\`…\``). */
const isCss = (tag) =>
  (tag.type === 'Identifier' && tag.name === 'css') ||
  (tag.type === 'MemberExpression' && !tag.computed && tag.property.name === 'css');

/** @type {import('eslint').Rule.RuleModule} */
export const logicalProperties = {
  meta: {
    type: 'problem',
    hasSuggestions: true,
    docs: {
      description:
        'Styles in `css` templates use logical properties and values (inline-start/end), not left and right.',
    },
    messages: {
      physical:
        "Use the logical '{{logical}}' instead of '{{physical}}', so that the layout mirrors right to left.",
      replace: "Replace with '{{logical}}'.",
    },
    schema: [],
  },
  create(context) {
    const sourceCode = context.sourceCode;
    return {
      TaggedTemplateExpression(node) {
        if (!isCss(node.tag)) return;
        // The static parts joined by a space where each `${…}` stands, so that a comment or
        // declaration is read whole; each finding is mapped back to its part in the source.
        const parts = node.quasi.quasis.map((q) => ({
          start: q.range[0] + 1, // after the opening backtick or `}`
          text: sourceCode.text.slice(q.range[0] + 1, q.range[1] - (q.tail ? 1 : 2)),
        }));
        let offset = 0;
        const starts = parts.map((p) => {
          const at = offset;
          offset += p.text.length + 1;
          return at;
        });
        for (const f of physicalCss(parts.map((p) => p.text).join(' '))) {
          let k = starts.length - 1;
          while (starts[k] > f.index) k -= 1;
          const from = parts[k].start + (f.index - starts[k]);
          const range = [from, from + f.length];
          const replacement = f.physical.includes(':') ? f.logical.split(': ')[1] : f.logical;
          context.report({
            loc: {
              start: sourceCode.getLocFromIndex(range[0]),
              end: sourceCode.getLocFromIndex(range[1]),
            },
            messageId: 'physical',
            data: { physical: f.physical, logical: f.logical },
            suggest: [
              {
                messageId: 'replace',
                data: { logical: f.logical },
                fix: (fixer) => fixer.replaceTextRange(range, replacement),
              },
            ],
          });
        }
      },
    };
  },
};
