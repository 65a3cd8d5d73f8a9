// UI words are loaded per language: a page in English requests no module of another
// language's catalogs, and a page in French requests the French catalogs of the parts it
// shows and nothing of any other language. (Modules load from source here; the consumer
// check scripts/packages/checks/locales.mjs does the same on the esbuild, Vite and CDN builds.)
import { describe, expect, it } from 'vitest';
import { miniFramework } from '../../test/fixtures.js';
import { fixture, until } from '../../test/helpers.js';
import '../assessment/define.js';

/** The catalog modules this document has requested, as `<locale>/<namespace>`. */
const catalogs = () =>
  performance
    .getEntriesByType('resource')
    .flatMap((e) => /\/catalogs\/([^/]+)\/([\w-]+)\.ts/.exec(e.name)?.slice(1, 3).join('/') ?? [])
    .filter((c, i, all) => all.indexOf(c) === i && !c.startsWith('en/'));

const nextLabel = (el: HTMLElement) =>
  el.shadowRoot!.querySelector('.actions .primary')?.textContent?.trim();

describe('catalogs loaded by language', () => {
  it('an English page requests no other language, a French one only French', async () => {
    const el = document.createElement('dtc-assessment');
    Object.assign(el, { framework: miniFramework, locale: 'en', noAutosave: true });
    await fixture(el);
    await until(() => nextLabel(el) === 'Next');
    await new Promise((r) => setTimeout(r, 50));
    expect(catalogs()).toEqual([]);

    el.locale = 'fr';
    await until(() => nextLabel(el) === 'Suivant');
    const loaded = catalogs();
    expect(loaded).toEqual(expect.arrayContaining(['fr/common', 'fr/assessment']));
    expect(
      loaded.every((c) => c.startsWith('fr/')),
      loaded.join(),
    ).toBe(true);
    // Parts this page does not show stay unloaded.
    expect(loaded).not.toContain('fr/plan');
    expect(loaded).not.toContain('fr/group');
    // The words of data issues come only with an error.
    expect(loaded).not.toContain('fr/issues');
  });
});
