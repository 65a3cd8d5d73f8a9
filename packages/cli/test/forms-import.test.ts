/**
 * `dtc import kobo` (and `dtc import odk` for ODK Central's CSV) on exports built from the
 * workbook `dtc export xlsform` writes: its field names, group paths and choices, as
 * KoboToolbox exports them (CSV with "," and with ";", XLSX, label headers, metadata columns).
 * The round trip: framework → XLSForm → submissions → `dtc import kobo` → responses with the
 * same `scoreResponse` results as answering the questionnaire the same way.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { sixPillars } from '@dtc/framework';
import {
  DONT_KNOW,
  NOT_APPLICABLE,
  parseResponse,
  type AnswerValue,
  type Framework,
  type Response,
} from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import { beforeAll, describe, expect, it } from 'vitest';
import { fieldName } from '../src/forms/index.js';
import { dtc } from './forms-helpers.js';

/** What the workbook says: each field's group path, type and choices. */
interface Workbook {
  fields: { path: string; name: string; type: string; labels: Record<string, string> }[];
  choices: Map<string, { name: string; labels: Record<string, string> }[]>;
}

let dir: string;
let book: Workbook;

async function readWorkbook(path: string): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
  const rows = (sheet: string): Record<string, string>[] => {
    const worksheet = workbook.getWorksheet(sheet)!;
    const headers: string[] = [];
    worksheet.getRow(1).eachCell((c, n) => (headers[n - 1] = String(c.value)));
    const out: Record<string, string>[] = [];
    for (let r = 2; r <= worksheet.rowCount; r += 1) {
      const row: Record<string, string> = {};
      worksheet.getRow(r).eachCell((c, n) => (row[headers[n - 1]!] = String(c.value)));
      out.push(row);
    }
    return out;
  };
  const labels = (row: Record<string, string>): Record<string, string> =>
    Object.fromEntries(
      Object.entries(row)
        .filter(([k]) => k.startsWith('label::'))
        .map(([k, v]) => [/\(([^)]+)\)$/.exec(k)![1]!, v]),
    );
  const fields: Workbook['fields'] = [];
  const groups: string[] = [];
  for (const row of rows('survey')) {
    if (row.type === 'begin_group') groups.push(row.name!);
    else if (row.type === 'end_group') groups.pop();
    else
      fields.push({
        path: [...groups, row.name!].join('/'),
        name: row.name!,
        type: row.type!,
        labels: labels(row),
      });
  }
  const choices: Workbook['choices'] = new Map();
  for (const row of rows('choices'))
    choices.set(row.list_name!, [
      ...(choices.get(row.list_name!) ?? []),
      { name: row.name!, labels: labels(row) },
    ]);
  return { fields, choices };
}

/** The answer a choice name of question `id` stands for, by the framework's own ids. */
function answerOf(framework: Framework, id: string, choice: string): AnswerValue {
  if (choice === 'na') return NOT_APPLICABLE;
  if (choice === 'dont_know') return DONT_KNOW;
  const question = framework.pillars
    .flatMap((p) => p.components.flatMap((c) => c.questions))
    .find((q) => q.id === id)!;
  if (question.kind === 'rubric') return Number(choice);
  if (question.kind === 'choice')
    return question.options.find((o) => fieldName(o.id) === choice)!.id;
  return choice;
}

interface Respondent {
  role: string;
  roleDetail?: string;
  organisation?: string;
  country?: string;
}

/** One submission: a respondent and a value (a choice name, or text) per field. */
interface Filled {
  respondent: Respondent;
  values: Map<string, string>;
  answers: Record<string, AnswerValue>;
  end: string;
  submitted: string;
  uuid: string;
}

const RESPONDENTS: Respondent[] = [
  {
    role: 'ministry-education',
    organisation: 'Ministère de l’Éducation nationale',
    country: 'SEN',
  },
  { role: 'other', roleDetail: 'Regional office; "north", east', country: 'KEN' },
  { role: 'ministry-ict' },
];

/** Submissions that choose, for each question, a choice of the workbook's list by turns. */
function fill(framework: Framework, count: number): Filled[] {
  const questions = framework.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));
  return Array.from({ length: count }, (_, n) => {
    const values = new Map<string, string>();
    const answers: Record<string, AnswerValue> = {};
    questions.forEach((q, i) => {
      if ((i + n) % 9 === 4) return; // unanswered
      const name = fieldName(q.id);
      const list = book.choices.get(name);
      if (!list) {
        const text = `Pilots in 3 regions; "phase 2", then all, row ${n + 2}`;
        values.set(name, text);
        answers[q.id] = text;
        return;
      }
      const choice = list[(i * 3 + n) % list.length]!.name;
      values.set(name, choice);
      answers[q.id] = answerOf(framework, q.id, choice);
    });
    const respondent = RESPONDENTS[n % RESPONDENTS.length]!;
    values.set('role', respondent.role);
    if (respondent.roleDetail) values.set('role_detail', respondent.roleDetail);
    if (respondent.organisation) values.set('organisation', respondent.organisation);
    if (respondent.country) values.set('country', respondent.country);
    return {
      respondent,
      values,
      answers,
      end: `2026-03-${String(20 + n).padStart(2, '0')}T10:15:00.000+01:00`,
      submitted: `2026-03-${String(20 + n).padStart(2, '0')}T09:20:11`,
      uuid: `8d2f3c1e-0b5a-4c7e-9a51-${String(n).padStart(12, '0')}`,
    };
  });
}

/** KoboToolbox's columns around the form's own: those it adds before and after. */
const KOBO_BEFORE = ['start', 'end', 'today', 'username', 'deviceid'];
const KOBO_AFTER = [
  '_id',
  '_uuid',
  '_submission_time',
  '_validation_status',
  '_notes',
  '_status',
  '_submitted_by',
  '__version__',
  '_tags',
  '_index',
];

/** A Kobo export of `filled`: headers as group paths (`group/question`) or as labels in `locale`. */
function koboTable(
  filled: Filled[],
  options: { headers: 'paths' | 'labels'; locale?: string; values?: 'names' | 'labels' } = {
    headers: 'paths',
  },
): string[][] {
  const fields = book.fields.filter((f) => f.type !== 'start' && f.type !== 'end');
  const header = [
    ...KOBO_BEFORE,
    ...fields.map((f) => (options.headers === 'paths' ? f.path : f.labels[options.locale!]!)),
    ...KOBO_AFTER,
  ];
  const rows = filled.map((s, n) => {
    const start = s.end.replace('10:15', '09:40');
    const cells = fields.map((f) => {
      const value = s.values.get(f.name) ?? '';
      if (options.values !== 'labels' || !f.type.startsWith('select_one ') || value === '')
        return value;
      return book.choices.get(f.type.slice(11))!.find((c) => c.name === value)!.labels[
        options.locale!
      ]!;
    });
    return [
      start,
      n === 2 ? '' : s.end, // the third has no end: its time is when it was submitted
      s.end.slice(0, 10),
      'enumerator1',
      `collect:${n}`,
      ...cells,
      String(1000 + n),
      s.uuid,
      s.submitted,
      'validation_status_approved',
      '',
      'submitted_via_web',
      '',
      'vQ4kJ2mWb7zS',
      '',
      String(n + 1),
    ];
  });
  return [header, ...rows];
}

async function write(name: string, data: string | Buffer): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, data);
  return path;
}

function lines(stdout: string): Response[] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Response);
}

/** The response of answering the questionnaire the same way. */
function direct(framework: Framework, s: Filled): Response {
  const parsed = parseResponse(
    {
      format: 'dtc.response',
      version: 1,
      framework: { id: framework.id, version: framework.version },
      respondent: s.respondent,
      answers: Object.fromEntries(
        Object.entries(s.answers).map(([id, value]) => [
          id,
          { value, answeredAt: '2026-01-01T00:00:00Z' },
        ]),
      ),
    },
    framework,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

/** The imported responses are the filled ones: answers, respondent, id, times and scores. */
function expectSame(imported: Response[], filled: Filled[]): void {
  expect(imported).toHaveLength(filled.length);
  imported.forEach((response, n) => {
    const s = filled[n]!;
    const answers = Object.fromEntries(
      Object.entries(response.answers).map(([id, a]) => [id, a.value]),
    );
    expect(answers).toEqual(s.answers);
    expect(response.respondent).toEqual(s.respondent);
    expect(response.id).toBe(s.uuid);
    const time = n === 2 ? `${s.submitted}Z` : s.end;
    for (const answer of Object.values(response.answers)) expect(answer.answeredAt).toBe(time);
    const parsed = parseResponse(response, sixPillars);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(scoreResponse(sixPillars, parsed.value)).toEqual(
        scoreResponse(sixPillars, direct(sixPillars, s)),
      );
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dtc-forms-import-'));
  const xlsform = join(dir, 'six-pillars.xlsx');
  expect((await dtc(['export', 'xlsform', '--output', xlsform])).code).toBe(0);
  book = await readWorkbook(xlsform);
});

describe('dtc import kobo: the round trip', () => {
  it('framework → XLSForm → a Kobo CSV export → responses with the same scores as answering directly', async () => {
    const filled = fill(sixPillars, 3);
    const csv = await write('kobo.csv', stringify(koboTable(filled)));
    const ran = await dtc(['import', 'kobo', csv]);
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expectSame(lines(ran.stdout), filled);
    // every question is answered by one submission or another, with every kind of value
    const values = new Set(filled.flatMap((s) => Object.values(s.answers)));
    expect(values).toContain(NOT_APPLICABLE);
    expect(values).toContain(DONT_KNOW);
    for (const level of [1, 2, 3, 4]) expect(values).toContain(level);
  });

  it('the legacy export with ";" between fields, written with a byte-order mark and CRLF', async () => {
    const filled = fill(sixPillars, 3);
    const csv = await write(
      'kobo-legacy.csv',
      `\ufeff${stringify(koboTable(filled), { delimiter: ';', record_delimiter: 'windows' })}`,
    );
    const ran = await dtc(['import', 'kobo', csv, '--format', 'json']);
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expectSame(JSON.parse(ran.stdout) as Response[], filled);
  });

  it('an XLSX export (first sheet; numbers and dates as cells; a repeat sheet after it)', async () => {
    const filled = fill(sixPillars, 3);
    const [header, ...rows] = koboTable(filled);
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Six pillars');
    sheet.addRow(header);
    for (const row of rows)
      sheet.addRow(
        row.map((cell, i) =>
          header![i] === '_submission_time'
            ? new Date(`${cell}Z`)
            : /^[1-4]$/.test(cell)
              ? Number(cell)
              : cell,
        ),
      );
    workbook.addWorksheet('repeat_group').addRow(['_index', '_parent_index']);
    const path = await write('kobo.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    const output = join(dir, 'from-xlsx.ndjson');
    const ran = await dtc(['import', 'kobo', path, '--output', output]);
    expect(ran).toEqual({ code: 0, stdout: '', stderr: '' });
    const imported = lines(await readFile(output, 'utf8'));
    // ExcelJS gives the date back with milliseconds
    expect(imported[2]!.answers[Object.keys(imported[2]!.answers)[0]!]!.answeredAt).toBe(
      `${filled[2]!.submitted}.000Z`,
    );
    imported[2] = {
      ...imported[2]!,
      answers: Object.fromEntries(
        Object.entries(imported[2]!.answers).map(([id, a]) => [
          id,
          { ...a, answeredAt: `${filled[2]!.submitted}Z` },
        ]),
      ),
    };
    expectSame(imported, filled);
  });
});

describe('dtc import kobo: the shapes of an export', () => {
  it('headers as labels in a language of the form, values as choice labels', async () => {
    const filled = fill(sixPillars, 3);
    const csv = await write(
      'kobo-labels.csv',
      stringify(koboTable(filled, { headers: 'labels', locale: 'fr', values: 'labels' })),
    );
    const ran = await dtc(['import', 'kobo', csv]);
    expect(ran.stderr).toBe('');
    expectSame(lines(ran.stdout), filled);
  });

  it('headers as bare field names, and as paths with the separators other exports use', async () => {
    const filled = fill(sixPillars, 1);
    const [header, ...rows] = koboTable(filled);
    for (const [separator, name] of [
      ['', 'names'],
      ['-', 'dashes'],
      ['.', 'dots'],
      [':', 'colons'],
    ] as const) {
      const renamed = header!.map((h) =>
        h.includes('/') ? (separator ? h.replaceAll('/', separator) : h.split('/').at(-1)!) : h,
      );
      const csv = await write(`kobo-${name}.csv`, stringify([renamed, ...rows]));
      const ran = await dtc(['import', 'kobo', csv]);
      expect(ran.stderr, name).toBe('');
      expectSame(lines(ran.stdout), filled);
    }
  });

  it('Kobo metadata columns are read (_uuid, _submission_time) or passed over by name, none reported', async () => {
    const filled = fill(sixPillars, 1);
    const [header, ...rows] = koboTable(filled);
    const extra = [
      '_attachments',
      '_geolocation',
      '_xform_id_string',
      'meta/instanceID',
      'meta/rootUuid',
    ];
    const csv = await write(
      'kobo-meta.csv',
      stringify([
        [...header!, ...extra],
        ...rows.map((r) => [...r, '[]', '[null, null]', 'aBcD', `uuid:${filled[0]!.uuid}`, '']),
      ]),
    );
    const ran = await dtc(['import', 'kobo', csv]);
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    // `_uuid` comes first in the row, so it is the id
    expect(lines(ran.stdout)[0]!.id).toBe(filled[0]!.uuid);
    expect(lines(ran.stdout)[0]!.completedAt).toBe(`${filled[0]!.submitted}Z`);
    expect(lines(ran.stdout)[0]!.createdAt).toBe(filled[0]!.end.replace('10:15', '09:40'));
  });

  it('an ODK Central CSV export: "-" between groups, its own metadata columns', async () => {
    const filled = fill(sixPillars, 2);
    const fields = book.fields.filter((f) => f.type !== 'start' && f.type !== 'end');
    const header = [
      'SubmissionDate',
      'start',
      'end',
      ...fields.map((f) => f.path.replaceAll('/', '-')),
      'meta-instanceID',
      'KEY',
      'SubmitterID',
      'SubmitterName',
      'AttachmentsPresent',
      'AttachmentsExpected',
      'Status',
      'ReviewState',
      'DeviceID',
      'Edits',
      'FormVersion',
    ];
    const rows = filled.map((s) => [
      `${s.submitted}.000Z`,
      s.end.replace('10:15', '09:40'),
      s.end,
      ...fields.map((f) => s.values.get(f.name) ?? ''),
      `uuid:${s.uuid}`,
      `uuid:${s.uuid}`,
      '5',
      'enumerator1',
      '0',
      '0',
      '',
      'approved',
      'collect:abc',
      '0',
      '2000000',
    ]);
    const csv = await write('central.csv', stringify([header, ...rows]));
    const ran = await dtc(['import', 'odk', csv]);
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    const imported = lines(ran.stdout);
    expect(imported.map((r) => r.id)).toEqual(filled.map((s) => `uuid:${s.uuid}`));
    imported.forEach((response, n) => {
      expect(
        Object.fromEntries(Object.entries(response.answers).map(([id, a]) => [id, a.value])),
      ).toEqual(filled[n]!.answers);
      expect(response.completedAt).toBe(`${filled[n]!.submitted}.000Z`);
    });
  });

  it('--answered-at gives the time of a file without one; the same file imported twice is the same', async () => {
    const filled = fill(sixPillars, 2);
    const [header, ...rows] = koboTable(filled);
    const keep = header!.map((h) => !['start', 'end', '_submission_time'].includes(h));
    const csv = await write(
      'no-times.csv',
      stringify([header!, ...rows].map((r) => r.filter((_, i) => keep[i]))),
    );
    const refused = await dtc(['import', 'kobo', csv]);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toBe(
      `dtc: ${csv}: no column gives the time the answers were given (end, start, _submission_time or SubmissionDate); give it with --answered-at, e.g. --answered-at 2026-03-25T09:30:00Z.\n`,
    );
    const first = await dtc(['import', 'kobo', csv, '--answered-at', '2026-03-25T09:30:00+01:00']);
    const second = await dtc(['import', 'kobo', csv, '--answered-at', '2026-03-25T09:30:00+01:00']);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(second.stdout).toBe(first.stdout);
    for (const response of lines(first.stdout))
      for (const answer of Object.values(response.answers))
        expect(answer.answeredAt).toBe('2026-03-25T09:30:00+01:00');
  });

  it('--answered-at does not replace a submission’s own time', async () => {
    const filled = fill(sixPillars, 1);
    const csv = await write('own-time.csv', stringify(koboTable(filled)));
    const ran = await dtc(['import', 'kobo', csv, '--answered-at', '2020-01-01T00:00:00Z']);
    for (const answer of Object.values(lines(ran.stdout)[0]!.answers))
      expect(answer.answeredAt).toBe(filled[0]!.end);
  });
});
