import { availableLocales, createTranslator, loadLocale, negotiateLocale } from '@dtc/i18n';
import type { ReactiveController } from 'lit';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocaleController } from './locale-controller.js';

type Host = ConstructorParameters<typeof LocaleController>[0];

/**
 * A host as a server's DOM shim (`@lit-labs/ssr`) makes it: a reactive element with
 * attributes, but outside any document, so with no `closest` and no ancestors.
 */
function shimHost(locale?: string): { host: Host; updates: () => number } {
  let updates = 0;
  const controllers: ReactiveController[] = [];
  const host = {
    locale,
    addController: (c: ReactiveController) => controllers.push(c),
    removeController: () => {},
    requestUpdate: () => {
      updates += 1;
    },
    updateComplete: Promise.resolve(true),
    getAttribute: () => null,
  };
  return { host: host as unknown as Host, updates: () => updates };
}

beforeAll(async () => {
  await loadLocale('fr');
});

describe('LocaleController on a host without a document tree', () => {
  it('takes the locale from the `locale` property', () => {
    const { host } = shimHost('fr-SN');
    const i18n = new LocaleController(host);
    i18n.hostUpdate();
    expect(i18n.requestedLocale).toBe('fr-SN');
    expect(i18n.lang).toBe('fr');
    const french = createTranslator('fr')('common.notScored');
    expect(french).not.toBe(createTranslator('en')('common.notScored'));
    expect(i18n.t('common.notScored')).toBe(french);
  });

  it('does not throw without a `locale`, and falls back to the browser languages', () => {
    const { host } = shimHost();
    const i18n = new LocaleController(host);
    expect(() => i18n.hostUpdate()).not.toThrow();
    const wanted = navigator.languages.find((tag) => negotiateLocale(tag, availableLocales(), ''));
    expect(i18n.requestedLocale).toBe(wanted ?? navigator.languages[0] ?? 'en');
    expect(i18n.t('common.notScored')).toBeTruthy();
  });

  it('gives a right-to-left direction from the `locale` property alone', () => {
    const i18n = new LocaleController(shimHost('ar').host);
    i18n.hostUpdate();
    expect(i18n.dir).toBe('rtl');
  });
});

describe('LocaleController in a document', () => {
  it('still reads the nearest `lang` up the tree when the host has no `locale`', () => {
    const section = document.createElement('section');
    section.lang = 'fr';
    const el = document.createElement('div') as unknown as Host;
    Object.assign(el, { addController: () => {}, requestUpdate: () => {} });
    section.append(el);
    document.body.append(section);
    const i18n = new LocaleController(el);
    i18n.hostUpdate();
    expect(i18n.requestedLocale).toBe('fr');
    expect(i18n.lang).toBe('fr');
  });
});
