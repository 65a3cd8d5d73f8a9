// The demo's stylesheets get the check that `dtc/logical-properties` runs on Lit styles:
// logical properties only, so that the pages mirror in Arabic.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { physicalCss } from '../../../scripts/eslint-logical-css.js';

const dir = new URL('./', import.meta.url);
const sheets = readdirSync(dir).filter((name) => name.endsWith('.css'));

describe('the demo’s stylesheets', () => {
  it('are found', () => {
    expect(sheets).toContain('styles.css');
  });

  it.each(sheets)('%s uses logical properties and values only', (name) => {
    const found = physicalCss(readFileSync(new URL(name, dir), 'utf8'));
    expect(found.map((f) => `${name}:${f.line}:${f.column} ${f.message}`)).toEqual([]);
  });
});
