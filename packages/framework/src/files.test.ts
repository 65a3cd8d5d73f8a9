import {
  mapFrameworkTexts,
  mergeFrameworkTexts,
  parseFramework,
  parseFrameworkTexts,
  textKeys,
  type Framework,
} from '@dtc/schema';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frameworkFiles } from '../scripts/files.js';
import { sixPillars } from './index.js';
import { FRAMEWORK_TRANSLATIONS } from './texts/index.js';

/** Each file as a page would receive it: written as JSON and read back. */
function files(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(frameworkFiles()).map(([name, json]) => [
      name,
      JSON.parse(JSON.stringify(json)),
    ]),
  );
}

function ok<T>(result: { ok: true; value: T } | { ok: false; issues: unknown[] }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 5)));
  return result.value;
}

describe('the framework files', () => {
  it('are the single file, an English base and one texts file per other locale', () => {
    expect(Object.keys(files()).sort()).toEqual(
      [
        'six-pillars.base.json',
        'six-pillars.json',
        ...FRAMEWORK_TRANSLATIONS.map((l) => `six-pillars.${l}.json`),
      ].sort(),
    );
  });

  it('base + every texts file merge back into the single-file framework, with nothing missing or left over', () => {
    const all = files();
    const single = ok(parseFramework(all['six-pillars.json']));
    const base = ok(parseFramework(all['six-pillars.base.json']));
    const texts = FRAMEWORK_TRANSLATIONS.map((l) =>
      ok(parseFrameworkTexts(all[`six-pillars.${l}.json`])),
    );
    const merged = mergeFrameworkTexts(base, ...texts);
    expect(merged.issues).toEqual([]);
    expect(merged.framework).toEqual({ ...single, translations: [...FRAMEWORK_TRANSLATIONS] });
    for (const file of texts) {
      expect(file.framework).toEqual({ id: single.id, version: single.version });
      expect(Object.keys(file.texts).sort()).toEqual(textKeys(single).sort());
    }
  });

  it.each(FRAMEWORK_TRANSLATIONS)('the base holds English only, not the %s texts', (locale) => {
    const all = files();
    const base = all['six-pillars.base.json'] as Framework;
    expect(base.locales).toEqual(['en']);
    expect(base.translations).toEqual([...FRAMEWORK_TRANSLATIONS]);
    const english = new Map<string, string>();
    mapFrameworkTexts(sixPillars, (key, text) => (english.set(key, text.en!), text));
    const baseJson = JSON.stringify(base);
    const translated = ok(parseFrameworkTexts(all[`six-pillars.${locale}.json`])).texts;
    let checked = 0;
    for (const [key, text] of Object.entries(translated)) {
      if (text === english.get(key)) continue;
      expect(baseJson, key).not.toContain(JSON.stringify(text));
      checked++;
    }
    expect(checked).toBeGreaterThan(400);
  });

  it('are what the build wrote to dist, when it has run', () => {
    const dist = new URL('../dist/', import.meta.url);
    if (!existsSync(new URL('six-pillars.base.json', dist))) return;
    for (const [name, json] of Object.entries(files())) {
      expect(JSON.parse(readFileSync(new URL(name, dist), 'utf8')), name).toEqual(json);
    }
  });
});
