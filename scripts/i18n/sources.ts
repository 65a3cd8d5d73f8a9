/**
 * Everything a translator translates, as groups of units (key, English source, the
 * translation if there is one), and how each group's translations are written back:
 *
 * - `ui.<namespace>`: the catalogs of @dtc/i18n, packages/i18n/src/catalogs/<locale>/<namespace>.ts
 * - `demo`: the demo site's catalog, apps/demo/src/i18n/<locale>.ts
 * - `demo.<group>`: a group of the demo's messages that loads with the pages using it, such as
 *   `demo.room` (the workshop room pages'), apps/demo/src/i18n/<group>/<locale>.ts
 * - `framework`: the framework's texts, packages/framework/src/texts/<locale>.ts
 * - `course`: the course's texts, packages/framework/src/course/texts/<locale>.ts
 *
 * UI messages are ICU messages (`icu: true`); framework and course texts are plain text.
 */
import { existsSync, readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { courseBase } from '@dtc/framework/course/base';
import { sixPillarsBase } from '@dtc/framework/base';
import { mapCourseTexts, mapFrameworkTexts, type LocalizedText } from '@dtc/schema';
import { LIMITS } from './limits.js';
import { writeCatalogModule, writeTextsModule } from './write.js';

export const ROOT = new URL('../../', import.meta.url).pathname;

export interface Unit {
  id: string;
  source: string;
  target?: string;
  /** An ICU message (placeholders, plurals) rather than plain text. */
  icu: boolean;
  /** The most display columns the UI has room for (East Asian wide characters count 2). */
  maxWidth?: number;
}

export interface Group {
  id: string;
  /** The file the translations of `locale` live in, relative to the repository. */
  file: string;
  units: Unit[];
  /** Keys the translation has that the English does not (left over from a removed text). */
  extra: string[];
  /** Writes `targets` (unit id → text) as this group's translations, replacing the file's. */
  write(targets: Readonly<Record<string, string>>): Promise<void>;
}

/** The first exported object of a module, or `undefined` when the file does not exist. */
async function exported(path: string): Promise<Record<string, unknown> | undefined> {
  if (!existsSync(ROOT + path)) return undefined;
  const module = (await import(pathToFileURL(ROOT + path).href)) as Record<string, unknown>;
  const value = module.default ?? Object.values(module).find((v) => v && typeof v === 'object');
  return value as Record<string, unknown>;
}

function units(
  source: Readonly<Record<string, string>>,
  target: Readonly<Record<string, unknown>> | undefined,
  icu: boolean,
): Pick<Group, 'units' | 'extra'> {
  const extra = Object.keys(target ?? {}).filter((key) => !Object.hasOwn(source, key));
  const list = Object.entries(source).map(([id, text]) => {
    const value = target && Object.hasOwn(target, id) ? target[id] : undefined;
    return {
      id,
      source: text,
      icu,
      ...(typeof value === 'string' ? { target: value } : {}),
      ...(LIMITS[id] ? { maxWidth: LIMITS[id] } : {}),
    };
  });
  return { units: list, extra };
}

/** English text by key, from a map over a document's localized texts. */
function englishTexts(map: (f: (key: string, text: LocalizedText) => LocalizedText) => unknown) {
  const texts: Record<string, string> = {};
  map((key, text) => {
    if (text.en !== undefined) texts[key] = text.en;
    return text;
  });
  return texts;
}

/** The names of the catalog's namespaces, one file each in packages/i18n/src/catalogs/en/. */
function namespaces(): string[] {
  return readdirSync(ROOT + 'packages/i18n/src/catalogs/en')
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.slice(0, -3))
    .sort();
}

/**
 * The demo's catalogs, by group id: the one every page loads, and the groups of messages that
 * load only with the pages that use them (see apps/demo/src/i18n/index.ts). One folder each,
 * with a module per locale.
 */
export const DEMO_CATALOGS: ReadonlyArray<readonly [id: string, folder: string]> = [
  ['demo', 'apps/demo/src/i18n'],
  ['demo.room', 'apps/demo/src/i18n/room'],
];

/** Every group of units for `locale`, with the translations that exist. */
export async function groups(locale: string): Promise<Group[]> {
  const out: Group[] = [];
  for (const ns of namespaces()) {
    const file = `packages/i18n/src/catalogs/${locale}/${ns}.ts`;
    const english = (await exported(`packages/i18n/src/catalogs/en/${ns}.ts`)) as Record<
      string,
      string
    >;
    const target = await exported(file);
    out.push({
      id: `ui.${ns}`,
      file,
      ...units(english, target, true),
      write: (targets) =>
        writeCatalogModule(ROOT + file, ROOT + `packages/i18n/src/catalogs/fr/${ns}.ts`, targets),
    });
  }
  for (const [id, folder] of DEMO_CATALOGS) {
    const file = `${folder}/${locale}.ts`;
    const english = (await exported(`${folder}/en.ts`)) as Record<string, string>;
    out.push({
      id,
      file,
      ...units(english, await exported(file), true),
      write: (targets) =>
        writeCatalogModule(ROOT + file, ROOT + `${folder}/fr.ts`, targets, locale),
    });
  }
  out.push(
    await textsGroup(
      'framework',
      locale,
      englishTexts((f) => mapFrameworkTexts(sixPillarsBase, f)),
      { id: sixPillarsBase.id, version: sixPillarsBase.version },
    ),
    await textsGroup(
      'course',
      locale,
      englishTexts((f) => mapCourseTexts(courseBase, f)),
      courseBase.framework,
    ),
  );
  return out;
}

/** The group of a framework's or course's texts module in `locale`. */
async function textsGroup(
  kind: 'framework' | 'course',
  locale: string,
  english: Readonly<Record<string, string>>,
  framework: { id: string; version: string },
): Promise<Group> {
  const file = `packages/framework/src/${kind === 'course' ? 'course/' : ''}texts/${locale}.ts`;
  const target = await exported(file);
  return {
    id: kind,
    file,
    ...units(english, target?.texts as Record<string, string> | undefined, false),
    write: (texts) =>
      writeTextsModule(ROOT + file, {
        kind,
        format: kind === 'course' ? 'dtc.course-texts' : 'dtc.framework-texts',
        framework,
        locale,
        texts,
      }),
  };
}
