import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as I18n from './index.js';
import { en as main } from './en.js';
import { en as roomEn } from './room/en.js';
import { fr as roomFr } from './room/fr.js';
import { ru as roomRu } from './room/ru.js';
import { zhHans as roomZh } from './room/zh-Hans.js';

/** The module as a page finds it on a first visit: English, no group of messages in use yet. */
let i18n: typeof I18n;
beforeEach(async () => {
  vi.resetModules();
  i18n = await import('./index.js');
});

describe('the room pages’ messages', () => {
  it('are not in the catalog every page loads, but for the pages’ titles', () => {
    const keys = Object.keys(main);
    expect(Object.keys(roomEn).filter((key) => keys.includes(key))).toEqual([]);
    expect(keys.filter((key) => /^(room|join)\./.test(key))).toEqual(['room.title', 'join.title']);
  });

  it('load in the current language when a page uses them, and t finds them', async () => {
    await i18n.setLocale('fr');
    await i18n.useMessages('room');
    expect(i18n.t('room.checking')).toBe(roomFr['room.checking']);
    expect(i18n.t('room.roster.count', { count: 2 })).toBe('2 participants ont rejoint la salle.');
    // The catalog every page loads is read as before.
    expect(i18n.t('room.title')).toBe('Salle d’atelier');
  });

  it('switch with the language once in use', async () => {
    await i18n.useMessages('room');
    expect(i18n.t('join.find')).toBe(roomEn['join.find']);
    await i18n.setLocale('zh-Hans');
    expect(i18n.t('join.find')).toBe(roomZh['join.find']);
    await i18n.setLocale('en');
    expect(i18n.t('room.status.waiting', { count: 1 })).toBe('Online: 1 change is being sent.');
  });

  it('come in the language a switch under way ends in', async () => {
    const switching = i18n.setLocale('ru');
    await i18n.useMessages('room');
    await switching;
    expect(i18n.locale()).toBe('ru');
    expect(i18n.t('room.checking')).toBe(roomRu['room.checking']);
  });
});
