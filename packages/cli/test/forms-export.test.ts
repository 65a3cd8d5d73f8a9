/**
 * `dtc export xlsform` read back with ExcelJS, and `dtc export xform` read back with xmldom:
 * the sheets, columns and rows XLSForm asks for (https://xlsform.org), every locale's labels
 * and hints, levels as choices, "not applicable" and "don't know" only where a question takes
 * them, a group per pillar and component, names unique and valid; the XForm well formed, with
 * a bind per field and an itext translation per locale, agreeing with the workbook.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sixPillars } from '@dtc/framework';
import type { Framework, Question } from '@dtc/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldName } from '../src/forms/index.js';
import { languageName } from '../src/forms/words.js';
import { childElements, parseXml } from '../src/forms/xml.js';
import { dtc, variedFramework } from './forms-helpers.js';

type Row = Record<string, string>;
interface Sheet {
  columns: string[];
  rows: Row[];
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dtc-forms-export-'));
});

async function exportWorkbook(args: string[] = []): Promise<Record<string, Sheet>> {
  const path = join(dir, `form-${Math.random().toString(36).slice(2)}.xlsx`);
  const ran = await dtc(['export', 'xlsform', '--output', path, ...args]);
  expect(ran).toEqual({ code: 0, stdout: '', stderr: '' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const sheets: Record<string, Sheet> = {};
  for (const worksheet of workbook.worksheets) {
    const columns: string[] = [];
    worksheet.getRow(1).eachCell((cell, n) => (columns[n - 1] = String(cell.value)));
    const rows: Row[] = [];
    for (let r = 2; r <= worksheet.rowCount; r += 1) {
      const row: Row = {};
      worksheet.getRow(r).eachCell((cell, n) => (row[columns[n - 1]!] = String(cell.value)));
      rows.push(row);
    }
    sheets[worksheet.name] = { columns, rows };
  }
  return sheets;
}

const questionsOf = (framework: Framework): Question[] =>
  framework.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));

const languageLabel = (code: string): string => `${languageName(code)} (${code})`;

/** XLSForm names: a letter or underscore, then letters, digits, hyphens, underscores, periods. */
const XLSFORM_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

describe('dtc export xlsform', () => {
  let book: Record<string, Sheet>;
  beforeAll(async () => {
    book = await exportWorkbook();
  });
  const survey = (): Sheet => book.survey!;
  const choices = (): Sheet => book.choices!;
  const locales = sixPillars.locales;

  it('has the survey, choices and settings sheets with the columns XLSForm names', () => {
    expect(Object.keys(book)).toEqual(['survey', 'choices', 'settings']);
    expect(survey().columns).toEqual([
      'type',
      'name',
      ...locales.map((l) => `label::${languageLabel(l)}`),
      ...locales.map((l) => `hint::${languageLabel(l)}`),
      'required',
      'relevant',
      'constraint',
    ]);
    expect(choices().columns).toEqual([
      'list_name',
      'name',
      ...locales.map((l) => `label::${languageLabel(l)}`),
    ]);
    expect(book.settings!.columns).toEqual([
      'form_title',
      'form_id',
      'version',
      'default_language',
    ]);
    // every language column is "Name (code)", the name in the language itself
    expect(survey().columns.filter((c) => c.startsWith('label::'))).toEqual([
      'label::English (en)',
      expect.stringMatching(/^label::\S.* \(ar\)$/),
      expect.stringMatching(/^label::\S.* \(zh-Hans\)$/),
      'label::Français (fr)',
      expect.stringMatching(/^label::\S.* \(ru\)$/),
      'label::Español (es)',
    ]);
  });

  it('settings: the title in the default language, the id, a numbered version, the default language', () => {
    expect(book.settings!.rows).toEqual([
      {
        form_title: sixPillars.title.en,
        form_id: sixPillars.id,
        version: '2000000', // 2.0.0
        default_language: 'English (en)',
      },
    ]);
    expect(book.settings!.rows[0]!.version).toMatch(/^\d{1,10}$/);
  });

  it('a row per question, labelled and hinted in every locale', () => {
    const byName = new Map(survey().rows.map((r) => [r.name, r]));
    for (const question of questionsOf(sixPillars)) {
      const row = byName.get(fieldName(question.id));
      expect(row, question.id).toBeDefined();
      expect(row!.type).toBe(
        question.kind === 'text' ? 'text' : `select_one ${fieldName(question.id)}`,
      );
      for (const locale of locales) {
        expect(row![`label::${languageLabel(locale)}`]).toBe(question.title[locale]);
        const hint = question.help ?? question.summary;
        expect(row![`hint::${languageLabel(locale)}`]).toBe(hint?.[locale]);
      }
    }
    const answered = survey().rows.filter((r) => /^(select_one |text$)/.test(r.type!));
    // the questions and the respondent's role, detail, organisation and country
    expect(answered).toHaveLength(questionsOf(sixPillars).length + 4);
  });

  it('every row has the mandatory type and name, and a label in every locale (start and end excepted)', () => {
    for (const row of survey().rows) {
      expect(row.type).toBeTruthy();
      if (row.type === 'end_group') continue;
      expect(row.name).toMatch(XLSFORM_NAME);
      if (row.type === 'start' || row.type === 'end') continue;
      for (const locale of locales)
        expect(
          row[`label::${languageLabel(locale)}`]?.trim(),
          `${row.name} ${locale}`,
        ).toBeTruthy();
    }
    for (const row of choices().rows)
      for (const locale of locales)
        expect(
          row[`label::${languageLabel(locale)}`]?.trim(),
          `${row.name} ${locale}`,
        ).toBeTruthy();
  });

  it('names are unique across the survey, choice names unique within their list', () => {
    const names = survey()
      .rows.filter((r) => r.type !== 'end_group')
      .map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const lists = new Map<string, string[]>();
    for (const row of choices().rows)
      lists.set(row.list_name!, [...(lists.get(row.list_name!) ?? []), row.name!]);
    for (const [list, choiceNames] of lists) {
      expect(new Set(choiceNames).size, list).toBe(choiceNames.length);
      for (const name of choiceNames) expect(name, list).toMatch(/^\S+$/);
    }
  });

  it('a group per pillar with a group per component, holding its questions in order', () => {
    const tree: { name: string; children: unknown[] }[] = [];
    const stack: { name: string; children: unknown[] }[] = [{ name: '', children: tree }];
    for (const row of survey().rows) {
      if (row.type === 'begin_group') {
        const group = { name: row.name!, children: [] };
        stack.at(-1)!.children.push(group);
        stack.push(group);
      } else if (row.type === 'end_group') {
        expect(stack.pop()!.name).toBe(row.name);
      } else stack.at(-1)!.children.push(row.name);
    }
    expect(stack).toHaveLength(1);
    expect(tree).toEqual([
      'start',
      'end',
      { name: 'respondent', children: ['role', 'role_detail', 'organisation', 'country'] },
      ...sixPillars.pillars.map((p) => ({
        name: fieldName(p.id),
        children: p.components.map((c) => ({
          name: fieldName(c.id),
          children: c.questions.map((q) => fieldName(q.id)),
        })),
      })),
    ]);
    const groupRow = survey().rows.find((r) => r.name === fieldName(sixPillars.pillars[0]!.id))!;
    for (const locale of locales)
      expect(groupRow[`label::${languageLabel(locale)}`]).toBe(
        sixPillars.pillars[0]!.title[locale],
      );
  });

  it('levels as choices, "na" and "dont_know" only where the question takes them', () => {
    const lists = new Map<string, Row[]>();
    for (const row of choices().rows)
      lists.set(row.list_name!, [...(lists.get(row.list_name!) ?? []), row]);
    let na = 0;
    for (const question of questionsOf(sixPillars)) {
      const list = lists.get(fieldName(question.id));
      if (question.kind === 'text') {
        expect(list).toBeUndefined();
        continue;
      }
      const expected = [
        ...(question.kind === 'rubric'
          ? question.descriptors.map((d) => String(d.level))
          : question.kind === 'choice'
            ? question.options.map((o) => fieldName(o.id))
            : ['yes', 'no']),
        ...(question.allowNotApplicable ? ['na'] : []),
        ...(question.allowDontKnow ? ['dont_know'] : []),
      ];
      expect(
        list!.map((c) => c.name),
        question.id,
      ).toEqual(expected);
      if (question.allowNotApplicable) na += 1;
      if (question.kind === 'rubric')
        for (const descriptor of question.descriptors) {
          const row = list!.find((c) => c.name === String(descriptor.level))!;
          const level = sixPillars.levels.find((l) => l.value === descriptor.level)!;
          for (const locale of locales)
            expect(row[`label::${languageLabel(locale)}`]).toBe(
              `${level.label[locale]}: ${descriptor.text[locale]}`,
            );
        }
    }
    expect(na).toBeGreaterThan(0);
    // every list a question names is on the choices sheet, and no other
    const named = survey()
      .rows.filter((r) => r.type!.startsWith('select_one '))
      .map((r) => r.type!.slice('select_one '.length));
    expect(new Set(named)).toEqual(new Set(lists.keys()));
  });

  it('the respondent block: role required with its choices, detail only for "other", country checked', () => {
    const row = (name: string): Row => survey().rows.find((r) => r.name === name)!;
    expect(row('role')).toMatchObject({ type: 'select_one role', required: 'yes' });
    expect(row('role_detail')).toMatchObject({
      type: 'text',
      required: 'yes',
      relevant: "${role} = 'other'",
    });
    expect(row('country')).toMatchObject({ type: 'text', constraint: "regex(., '^[A-Z]{3}$')" });
    expect(
      choices()
        .rows.filter((c) => c.list_name === 'role')
        .map((c) => c.name),
    ).toContain('other');
  });

  it('--locale chooses the languages, the first the default', async () => {
    const chosen = await exportWorkbook(['--locale', 'fr', '--locale', 'en']);
    expect(chosen.survey!.columns.filter((c) => c.includes('::'))).toEqual([
      'label::Français (fr)',
      'label::English (en)',
      'hint::Français (fr)',
      'hint::English (en)',
    ]);
    expect(chosen.settings!.rows[0]).toMatchObject({
      form_title: sixPillars.title.fr,
      default_language: 'Français (fr)',
    });
  });

  it('a framework with every kind of question: yes/no with "na" only, choices, a name for an id starting with a digit', async () => {
    const framework = variedFramework();
    const path = join(dir, 'varied.json');
    await writeFile(path, JSON.stringify(framework));
    const varied = await exportWorkbook(['--framework', path, '--locale', 'en,fr']);
    const list = (name: string): string[] =>
      varied.choices!.rows.filter((c) => c.list_name === name).map((c) => c.name!);
    expect(list('has_policy')).toEqual(['yes', 'no', 'na']);
    expect(list('funding')).toEqual(['fully_funded', 'partly_funded', 'not_funded']);
    expect(list('q_3d_labs')).toEqual(['1', '2', '3', '4']);
    const yes = varied.choices!.rows.find((c) => c.list_name === 'has_policy' && c.name === 'yes')!;
    expect(yes['label::English (en)']).toBe('Yes');
    expect(yes['label::Français (fr)']).toBe('Oui');
    const na = varied.choices!.rows.find((c) => c.list_name === 'has_policy' && c.name === 'na')!;
    expect(na['label::English (en)']).toMatch(/applicable/i);
    expect(varied.survey!.rows.find((r) => r.name === 'notes')).toMatchObject({
      type: 'text',
      constraint: 'string-length(.) <= 200',
    });
    expect(varied.survey!.rows.find((r) => r.name === 'q_3d_labs')!.name).toMatch(XLSFORM_NAME);
    expect(varied.settings!.rows[0]).toMatchObject({ form_id: 'varied-forms', version: '1002003' });
  });

  it('refuses a locale the framework lacks, and a missing --output, as usage errors', async () => {
    const unknown = await dtc([
      'export',
      'xlsform',
      '--output',
      join(dir, 'x.xlsx'),
      '--locale',
      'de',
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^dtc: the framework "six-pillars" has no texts in "de"; it has en, ar/,
    );
    const noOutput = await dtc(['export', 'xlsform']);
    expect(noOutput).toMatchObject({ code: 2, stdout: '' });
    expect(noOutput.stderr).toMatch(/--output FILE\.xlsx/);
  });
});

/** The descendants of `element` named `local` (whatever their prefix). */
function all(element: Element, local: string): Element[] {
  const found: Element[] = [];
  const walk = (e: Element): void => {
    for (const child of childElements(e)) {
      if (child.localName === local) found.push(child);
      walk(child);
    }
  };
  walk(element);
  return found;
}

describe('dtc export xform', () => {
  let xml: string;
  let root: Element;
  beforeAll(async () => {
    const ran = await dtc(['export', 'xform']);
    expect(ran.code).toBe(0);
    expect(ran.stderr).toBe('');
    xml = ran.stdout;
    root = parseXml(xml);
  });
  const locales = sixPillars.locales;

  it('is well-formed XForm XML: h:html, a model with one instance and an h:body', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(root.nodeName).toBe('h:html');
    expect(root.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    const [model] = all(root, 'model');
    expect(model!.namespaceURI).toBe('http://www.w3.org/2002/xforms');
    const [data] = childElements(all(model!, 'instance')[0]!);
    expect(data!.nodeName).toBe('data');
    expect(data!.getAttribute('id')).toBe(sixPillars.id);
    expect(data!.getAttribute('version')).toBe('2000000');
    expect(all(root, 'body')).toHaveLength(1);
    expect(all(root, 'title')[0]!.textContent).toBe(sixPillars.title.en);
  });

  it('a bind per field of the instance, with its type, preload, required, relevant and constraint', () => {
    const binds = all(root, 'bind');
    const data = childElements(all(root, 'instance')[0]!)[0]!;
    const leaves: string[] = [];
    const walk = (e: Element, path: string): void => {
      const children = childElements(e);
      if (!children.length) leaves.push(path);
      for (const child of children) walk(child, `${path}/${child.nodeName}`);
    };
    walk(data, '/data');
    expect(binds.map((b) => b.getAttribute('nodeset')).sort()).toEqual(leaves.sort());
    const bind = (path: string): Element => binds.find((b) => b.getAttribute('nodeset') === path)!;
    expect(bind('/data/start').getAttribute('type')).toBe('dateTime');
    expect(bind('/data/start').getAttribute('jr:preloadParams')).toBe('start');
    expect(bind('/data/end').getAttribute('jr:preloadParams')).toBe('end');
    expect(bind('/data/meta/instanceID').getAttribute('jr:preload')).toBe('uid');
    expect(bind('/data/respondent/role').getAttribute('required')).toBe('true()');
    expect(bind('/data/respondent/role_detail').getAttribute('relevant')).toBe(
      "/data/respondent/role = 'other'",
    );
    expect(bind('/data/respondent/country').getAttribute('constraint')).toBe(
      "regex(., '^[A-Z]{3}$')",
    );
    const first = sixPillars.pillars[0]!;
    const q = first.components[0]!.questions[0]!;
    expect(
      bind(
        `/data/${fieldName(first.id)}/${fieldName(first.components[0]!.id)}/${fieldName(q.id)}`,
      ).getAttribute('type'),
    ).toBe('string');
  });

  it('an itext translation per locale, the first the default, each with every text the body refers to', () => {
    const translations = all(root, 'translation');
    expect(translations.map((t) => t.getAttribute('lang'))).toEqual(locales.map(languageLabel));
    expect(translations.map((t) => t.getAttribute('default'))).toEqual([
      'true()',
      ...locales.slice(1).map(() => ''),
    ]);
    const refs = [...all(root, 'label'), ...all(root, 'hint')].map(
      (e) => /^jr:itext\('(.*)'\)$/.exec(e.getAttribute('ref') ?? '')![1]!,
    );
    expect(refs.length).toBeGreaterThan(questionsOf(sixPillars).length * 4);
    for (const [i, translation] of translations.entries()) {
      const texts = new Map(
        all(translation, 'text').map((t) => [
          t.getAttribute('id'),
          all(t, 'value')[0]!.textContent,
        ]),
      );
      expect(new Set(texts.keys())).toEqual(new Set(refs));
      for (const [id, value] of texts) expect(value?.trim(), `${locales[i]} ${id}`).toBeTruthy();
    }
    const [en, , , fr] = translations;
    const q = questionsOf(sixPillars)[0]!;
    const id = (t: Element): string | null | undefined =>
      all(t, 'text').find((x) => x.getAttribute('id')!.endsWith(`/${fieldName(q.id)}:label`))
        ?.textContent;
    expect(id(en!)).toBe(q.title.en);
    expect(id(fr!)).toBe(q.title.fr);
  });

  it('agrees with the XLSForm: the same questions, the same choice values in the same order', async () => {
    const book = await exportWorkbook();
    const lists = new Map<string, string[]>();
    for (const row of book.choices!.rows)
      lists.set(row.list_name!, [...(lists.get(row.list_name!) ?? []), row.name!]);
    const selects = all(root, 'select1');
    expect(selects).toHaveLength(lists.size);
    for (const select of selects) {
      const name = select.getAttribute('ref')!.split('/').at(-1)!;
      expect(
        all(select, 'value').map((v) => v.textContent),
        name,
      ).toEqual(lists.get(name));
    }
    const inputs = all(root, 'input').map((i) => i.getAttribute('ref')!.split('/').at(-1));
    expect(inputs.sort()).toEqual(
      book
        .survey!.rows.filter((r) => r.type === 'text')
        .map((r) => r.name)
        .sort(),
    );
  });

  it('--locale and --output', async () => {
    const path = join(dir, 'form.xml');
    const ran = await dtc(['export', 'xform', '--locale', 'fr,en', '--output', path]);
    expect(ran).toEqual({ code: 0, stdout: '', stderr: '' });
    const written = parseXml(await readFile(path, 'utf8'));
    expect(
      all(written, 'translation').map((t) => [t.getAttribute('lang'), t.getAttribute('default')]),
    ).toEqual([
      ['Français (fr)', 'true()'],
      ['English (en)', ''],
    ]);
  });
});
