import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { logicalProperties, physicalCss } from './eslint-logical-css.js';

// RuleTester runs its cases as tests of the runner it is given.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.afterAll = afterAll;

describe('physicalCss', () => {
  it('finds physical properties with their logical equivalents, line and column', () => {
    const found = physicalCss(
      [
        '.a {',
        '  margin-left: 1rem; padding-right: 2px;',
        '  border-left: 1px solid; border-right-color: red;',
        '  left: 0; right: 0; top: 0;',
        '  border-top-left-radius: 2px; border-bottom-right-radius: 2px;',
        '  scroll-margin-left: 1rem;',
        '}',
      ].join('\n'),
    );
    expect(found.map((f) => [f.physical, f.logical, f.line, f.column])).toEqual([
      ['margin-left', 'margin-inline-start', 2, 3],
      ['padding-right', 'padding-inline-end', 2, 22],
      ['border-left', 'border-inline-start', 3, 3],
      ['border-right-color', 'border-inline-end-color', 3, 27],
      ['left', 'inset-inline-start', 4, 3],
      ['right', 'inset-inline-end', 4, 12],
      ['border-top-left-radius', 'border-start-start-radius', 5, 3],
      ['border-bottom-right-radius', 'border-end-end-radius', 5, 32],
      ['scroll-margin-left', 'scroll-margin-inline-start', 6, 3],
    ]);
  });

  it('finds physical values of text-align, float and clear', () => {
    const found = physicalCss('p{text-align:left}\nimg { float: right !important; clear: LEFT; }');
    expect(found.map((f) => [f.physical, f.logical, f.line, f.column])).toEqual([
      ['text-align: left', 'text-align: start', 1, 14],
      ['float: right', 'float: inline-end', 2, 14],
      ['clear: LEFT', 'clear: inline-start', 2, 39],
    ]);
    expect(found[0]!.message).toBe(
      "Use the logical 'text-align: start' instead of 'text-align: left', so that the layout mirrors right to left.",
    );
  });

  it('leaves logical CSS, block sides, custom properties, selectors, comments and strings alone', () => {
    expect(
      physicalCss(`
        /* margin-left: 0 was here; text-align: left too */
        :host { --left: 0; --dtc-margin-right: 1px; margin-inline-start: 1rem; inset-inline-end: 0; }
        .left:hover, [data-side='right'] { top: 0; bottom: 0; margin-top: 1px; text-align: start; }
        .quote::before { content: 'left: 0; float: right'; }
        .x { transition: left 0.2s; text-align: center; float: none; border-start-end-radius: 2px; }
      `),
    ).toEqual([]);
  });
});

const tester = new RuleTester({
  languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
});

tester.run('dtc/logical-properties', logicalProperties, {
  valid: [
    'const s = css`:host { margin-inline-start: 1rem; text-align: start; float: inline-end; }`;',
    // Only `css` templates are Lit styles; other strings are not CSS.
    'const s = html`<p>left: 0</p>`; const t = `margin-left: 0`;',
    // Expressions are not read; a custom property named after a side is not a physical one.
    'const s = css`.tip { inset-block-start: 0; } ${unsafeCSS(x)} .a { --left: 1px; }`;',
    'const s = css`/* padding-left: 0 */ .a { top: 0 }`;',
  ],
  invalid: [
    {
      code: 'const s = css`:host { margin-left: 1rem; }`;',
      errors: [
        {
          messageId: 'physical',
          data: { physical: 'margin-left', logical: 'margin-inline-start' },
          line: 1,
          column: 23,
          endColumn: 34,
          suggestions: [
            {
              messageId: 'replace',
              data: { logical: 'margin-inline-start' },
              output: 'const s = css`:host { margin-inline-start: 1rem; }`;',
            },
          ],
        },
      ],
    },
    {
      // After an expression, on a later line, through `lit.css`; values replaced alone.
      code: 'const s = lit.css`${a} .b {\n  text-align: right;\n  border-top-right-radius: 2px;\n}`;',
      errors: [
        {
          messageId: 'physical',
          data: { physical: 'text-align: right', logical: 'text-align: end' },
          line: 2,
          column: 15,
          suggestions: [
            {
              messageId: 'replace',
              data: { logical: 'text-align: end' },
              output:
                'const s = lit.css`${a} .b {\n  text-align: end;\n  border-top-right-radius: 2px;\n}`;',
            },
          ],
        },
        {
          messageId: 'physical',
          data: { physical: 'border-top-right-radius', logical: 'border-start-end-radius' },
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'replace',
              data: { logical: 'border-start-end-radius' },
              output:
                'const s = lit.css`${a} .b {\n  text-align: right;\n  border-start-end-radius: 2px;\n}`;',
            },
          ],
        },
      ],
    },
    {
      // A comment spanning an expression is still a comment; what follows it is read.
      code: 'const s = css`/* ${x} */ .a { left: 0; float: left; }`;',
      errors: [
        {
          messageId: 'physical',
          data: { physical: 'left', logical: 'inset-inline-start' },
          column: 31,
          suggestions: [
            {
              messageId: 'replace',
              data: { logical: 'inset-inline-start' },
              output: 'const s = css`/* ${x} */ .a { inset-inline-start: 0; float: left; }`;',
            },
          ],
        },
        {
          messageId: 'physical',
          data: { physical: 'float: left', logical: 'float: inline-start' },
          column: 47,
          suggestions: [
            {
              messageId: 'replace',
              data: { logical: 'float: inline-start' },
              output: 'const s = css`/* ${x} */ .a { left: 0; float: inline-start; }`;',
            },
          ],
        },
      ],
    },
  ],
});

describe('dtc/logical-properties in TypeScript', () => {
  // The repo lints its .ts files with typescript-eslint's parser: the same positions there.
  new RuleTester({ languageOptions: { parser: tseslint.parser } }).run(
    'dtc/logical-properties (typescript-eslint)',
    logicalProperties,
    {
      valid: ['const s: CSSResult = css`:host { padding-inline-end: 0 }`;'],
      invalid: [
        {
          code: 'const s: CSSResult = css`:host { padding-right: 0 }`;',
          errors: [
            {
              messageId: 'physical',
              column: 34,
              endColumn: 47,
              suggestions: [
                {
                  messageId: 'replace',
                  output: 'const s: CSSResult = css`:host { padding-inline-end: 0 }`;',
                },
              ],
            },
          ],
        },
      ],
    },
  );
});
