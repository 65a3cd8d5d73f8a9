import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { shrinkTemplates } from './minify-templates.mjs';

const shrink = shrinkTemplates as (source: string) => string;

describe('shrinkTemplates', () => {
  it('collapses line breaks and indentation in html, keeping expressions', () => {
    const source = 'const a = html`<p\n      class="x"\n    >${  value  }</p>\n  <b>y</b>`;';
    expect(shrink(source)).toBe('const a = html`<p class="x" >${  value  }</p> <b>y</b>`;');
  });

  it('shrinks templates nested in expressions', () => {
    const source =
      'html`<ul>\n  ${items.map((i) => html`<li\n    data-i=${i}\n  >${i}</li>`)}\n</ul>`';
    expect(shrink(source)).toBe(
      'html`<ul> ${items.map((i) => html`<li data-i=${i} >${i}</li>`)} </ul>`',
    );
  });

  it('minifies css and keeps the space between expressions', () => {
    const source = 'css`\n  /* note */\n  :host {\n    margin: ${a} ${b};\n    color: red;\n  }\n`';
    expect(shrink(source)).toBe('css`:host{margin: ${a} ${b};color:red}`');
  });

  it('leaves strings, comments and other tags alone', () => {
    const source =
      "const s = 'html`<p>\\n  </p>`'; // html`<p>\n  </p>`\nconst t = other`a\n   b`;";
    expect(shrink(source)).toBe(source);
  });
});
