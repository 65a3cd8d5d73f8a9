import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_IN_LOCALES } from '@dtc/i18n';
import { describe, expect, it } from 'vitest';
import { xml2js, type Element } from 'xml-js';
import { displayWidth, unitProblems } from './check.js';
import { missingTerms, parseGlossary, readGlossary } from './glossary.js';
import { DEMO_CATALOGS, groups, ROOT, type Unit } from './sources.js';
import { writeCatalogModule } from './write.js';
import { fromXliff, toXliff } from './xliff.js';

const translations = BUILT_IN_LOCALES.filter((l) => l !== 'en');
const table = (rows: string) =>
  `Intro.\n\n| English | Translation | Forms |\n| --- | --- | --- |\n${rows}`;

describe('the glossaries', () => {
  it.each(translations)('of %s exist, read, and hold about sixty terms', (locale) => {
    const terms = readGlossary(locale);
    expect(terms, `docs/i18n/glossary.${locale}.md`).toBeDefined();
    expect(terms!.length).toBeGreaterThanOrEqual(50);
    expect(new Set(terms!.map((t) => t.english.toLowerCase())).size).toBe(terms!.length);
  });

  it('match a term at word boundaries, in the plural, with either apostrophe, not inside ids', () => {
    const terms = parseGlossary(
      table(
        "| self-assessment | autoévaluation | autoévaluation |\n| don't know | ne sait pas | sais pas |\n| pillar | pilier | pilier |",
      ),
      'test',
    );
    const missing = (en: string, fr: string) => missingTerms(terms, en, fr).map((t) => t.english);
    expect(missing('Two self-assessments', 'Deux autoévaluations')).toEqual([]);
    expect(missing('Two self-assessments', 'Deux bilans')).toEqual(['self-assessment']);
    expect(missing('Don’t know', 'Je ne sais pas')).toEqual([]);
    expect(missing('Don’t know', 'Inconnu')).toEqual(["don't know"]);
    expect(missing('The pillars', 'Les axes')).toEqual(['pillar']);
    expect(missing('Keys like pillar.data-evidence.title', 'Des clés')).toEqual([]);
    expect(missing('Caterpillar', 'Chenille')).toEqual([]);
  });

  it('refuse a table without the three columns, or a row without forms', () => {
    expect(() => parseGlossary('| English | French |\n| --- | --- |', 'g.md')).toThrow(
      /g.md: the table must have the columns English \| Translation \| Forms/,
    );
    expect(() => parseGlossary(table('| pillar | pilier | |'), 'g.md')).toThrow(
      /g.md: row 1 needs a term, a translation and forms/,
    );
  });
});

describe('the check of one translated text', () => {
  const unit = (source: string, target: string, extra: Partial<Unit> = {}): Unit => ({
    id: 'k',
    source,
    target,
    icu: true,
    ...extra,
  });
  const ru = new Intl.PluralRules('ru').resolvedOptions().pluralCategories;

  it('passes a good message', () => {
    expect(
      unitProblems(
        'ru',
        unit(
          '{n, plural, one {# item} other {# items}}',
          '{n, plural, one {# элемент} few {# элемента} many {# элементов} other {# элемента}}',
        ),
        [],
        ru,
      ),
    ).toEqual([]);
  });

  it('names a missing or empty translation, other placeholders, a missing plural category, a malformed message', () => {
    expect(unitProblems('ru', { ...unit('a', ''), target: undefined }, [], ru)).toEqual([
      'no translation',
    ]);
    expect(unitProblems('ru', unit('a', ' '), [], ru)).toEqual(['an empty translation']);
    expect(unitProblems('ru', unit('Hi {name}', 'Привет {имя}'), [], ru)).toEqual([
      'placeholders {имя} where the English has {name}',
    ]);
    expect(
      unitProblems(
        'ru',
        unit('{n, plural, one {#} other {#}}', '{n, plural, one {#} other {#}}'),
        [],
        ru,
      ),
    ).toEqual(['the plural of {n} lacks the categories few, many']);
    expect(unitProblems('ru', unit('{n}', '{n'), [], ru)[0]).toMatch(/^a malformed message/);
  });

  it('measures width in display columns, a Chinese character counting two', () => {
    expect(displayWidth('Next')).toBe(4);
    expect(displayWidth('下一步')).toBe(6);
    expect(
      unitProblems('zh-Hans', unit('Next', '继续下一步骤吧', { maxWidth: 12 }), [], ['other']),
    ).toEqual(['14 columns wide, more than the 12 it has room for']);
  });

  it('reads plain texts as text: braces are not ICU there', () => {
    expect(unitProblems('es', unit('A {b}', '¿Una {b}?', { icu: false }), [], [])).toEqual([]);
    expect(unitProblems('es', unit('A {', '¿Una { sola?', { icu: false }), [], [])).toEqual([]);
    expect(unitProblems('es', unit('A }', 'Una } sola?', { icu: false }), [], [])).toEqual([
      'typography: 0 "¿" for 1 "?" in "Una ) sola?"',
    ]);
  });
});

describe('the groups of texts', () => {
  it.each(translations)(
    'of %s hold the demo’s words once: those of every page, and the room pages’ in their own files',
    async (locale) => {
      const all = await groups(locale);
      const demo = DEMO_CATALOGS.map(([id]) => all.find((g) => g.id === id)!);
      expect(demo.map((g) => g.file)).toEqual([
        `apps/demo/src/i18n/${locale}.ts`,
        `apps/demo/src/i18n/room/${locale}.ts`,
      ]);
      const [main, room] = demo.map((g) => g!.units.map((u) => u.id));
      expect(room!.length).toBeGreaterThan(100);
      expect(room!.filter((id) => !/^(room|join)\./.test(id))).toEqual([]);
      expect(main!.filter((id) => room!.includes(id))).toEqual([]);
      // What the site's shell shows before a room page loads stays with every page's words.
      expect(main).toEqual(expect.arrayContaining(['room.title', 'join.title']));
    },
  );
});

describe('the XLIFF exchange file', () => {
  it('carries every text of a locale out and back unchanged, and another XML reader sees XLIFF 2.0', async () => {
    const all = await groups('fr');
    const xml = await toXliff('fr', all);
    const root = xml2js(xml) as Element;
    const xliff = root.elements![0]!;
    expect(xliff.name).toBe('xliff');
    expect(xliff.attributes).toMatchObject({ version: '2.0', srcLang: 'en', trgLang: 'fr' });
    const files = xliff.elements!.filter((e) => e.name === 'file');
    expect(files.map((f) => f.attributes!.id)).toEqual(all.map((g) => g.id));
    const back = await fromXliff(xml);
    expect(back.locale).toBe('fr');
    for (const group of all) {
      const targets = Object.fromEntries(group.units.map((u) => [u.id, u.target]));
      expect(back.groups[group.id], group.id).toEqual(targets);
    }
  });

  it('leaves translated texts out with missingOnly, and refuses what is not XLIFF', async () => {
    const all = await groups('fr');
    expect(await toXliff('fr', all, true)).not.toContain('<unit');
    await expect(fromXliff('<html></html>')).rejects.toThrow();
    await expect(fromXliff('not xml')).rejects.toThrow(/not an XLIFF file/);
  });
});

describe('writing a catalog module', () => {
  const template = `import type { PlanMessages } from '../en/index.js';\n\nexport const plan: PlanMessages = {\n  'a': 'A',\n};\n`;

  it('makes a new module from another locale’s, renaming its export for the locale', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    writeFileSync(join(dir, 'fr.ts'), template.replace('plan', 'fr'));
    await writeCatalogModule(
      join(dir, 'zh-Hans.ts'),
      join(dir, 'fr.ts'),
      { a: '甲', b: "l'b" },
      'zh-Hans',
    );
    expect(readFileSync(join(dir, 'zh-Hans.ts'), 'utf8')).toBe(
      `import type { PlanMessages } from '../en/index.js';\n\nexport const zhHans: PlanMessages = {\n  a: '甲',\n  b: "l'b",\n};\n`,
    );
  });

  it('changes values in place, keeps comments, drops keys the English lost and adds new ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    const path = join(dir, 'es.ts');
    writeFileSync(
      path,
      `import type { X } from './x.js';\n\nexport const es: X = {\n  // ── Section ──\n  'a.one': 'Uno',\n  'a.gone': 'Ido',\n} as const;\n`,
    );
    await writeCatalogModule(path, path, { 'a.one': 'Uno {n}', 'a.new': 'Nuevo' });
    expect(readFileSync(path, 'utf8')).toBe(
      `import type { X } from './x.js';\n\nexport const es: X = {\n  // ── Section ──\n  'a.one': 'Uno {n}',\n  'a.new': 'Nuevo',\n} as const;\n`,
    );
  });
});

// Each case starts the command in a process of its own (tsx compiles the sources): seconds.
describe('npm run i18n:import', { timeout: 60_000 }, () => {
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', '--conditions=@dtc/source', 'scripts/i18n/import.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: ROOT },
    });

  it('finds nothing to change in what i18n:export wrote', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xlf-')), 'fr.xlf');
    writeFileSync(file, await toXliff('fr', await groups('fr')));
    const result = run(file, '--dry-run');
    expect(result.stdout).toContain('no text changed');
    expect(result.status).toBe(0);
  });

  it('writes nothing when a message breaks, and says which and why', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xlf-')), 'fr.xlf');
    const xml = (await toXliff('fr', await groups('fr'))).replace(
      /<target>Niveau \{level, number, integer\}<\/target>/,
      '<target>Niveau {niveau}</target>',
    );
    writeFileSync(file, xml);
    const before = readFileSync(join(ROOT, 'packages/i18n/src/catalogs/fr/assessment.ts'), 'utf8');
    const result = run(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'ui.assessment assessment.level: placeholders {niveau} where the English has {level}',
    );
    expect(result.stderr).toContain('nothing was written');
    expect(readFileSync(join(ROOT, 'packages/i18n/src/catalogs/fr/assessment.ts'), 'utf8')).toBe(
      before,
    );
  });

  it('writes a room page’s text back into the room pages’ messages, and checks it as well', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'xlf-'));
    const xml = await toXliff('es', await groups('es'));
    const unit = /<unit id="room\.code\.expires">[\s\S]*?<target>([^<]*)<\/target>/.exec(xml);
    expect(unit, 'room.code.expires in the export').not.toBeNull();
    const edited = (target: string) =>
      xml.replace(
        unit![0],
        unit![0].replace(`<target>${unit![1]}</target>`, `<target>${target}</target>`),
      );
    writeFileSync(join(dir, 'changed.xlf'), edited(`${unit![1]} (1)`));
    const changed = run(join(dir, 'changed.xlf'), '--dry-run');
    expect(changed.stdout).toContain('would update 1 texts in apps/demo/src/i18n/room/es.ts');
    expect(changed.status).toBe(0);
    writeFileSync(join(dir, 'broken.xlf'), edited('Hasta el {fecha}.'));
    const broken = run(join(dir, 'broken.xlf'), '--dry-run');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(
      'demo.room room.code.expires: placeholders {fecha} where the English has {date}',
    );
  });

  it('refuses a locale it does not have and a file it cannot read', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'xlf-')), 'de.xlf');
    writeFileSync(
      file,
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de"><file id="demo"></file></xliff>',
    );
    expect(run(file).stderr).toMatch(/is in "de"; the locales are ar, zh-Hans, fr, ru, es/);
    expect(run(join(tmpdir(), 'no-such-file.xlf')).stderr).toMatch(/cannot read .* \(ENOENT\)/);
    writeFileSync(file, readFileSync(file, 'utf8').replace('trgLang="de"', 'trgLang="not a tag"'));
    const bad = run(file);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/is in "not a tag"; the locales are/);
  });
});
