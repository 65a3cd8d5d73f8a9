/**
 * `dtc import` and `dtc export` given what they cannot use: each ends with a `dtc: <file>: …`
 * sentence that says what and where (row, column, value; line and column of XML) and an exit
 * code (1 the input, 2 the command), never a stack trace. `--lenient` and `--report`, and the
 * nested commands' `--help`.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from '@dtc/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { dtc, variedFramework, type Ran } from './forms-helpers.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dtc-forms-errors-'));
});

async function file(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

/** A refusal: the exit code, nothing on standard output, one `dtc:` sentence, no stack. */
function refused(ran: Ran, code: 1 | 2): string {
  expect(ran.code).toBe(code);
  expect(ran.stdout).toBe('');
  expect(ran.stderr).not.toMatch(/^\s+at /m);
  expect(ran.stderr).not.toMatch(/unexpected error/);
  return ran.stderr;
}

const END = '2026-03-25T10:00:00Z';
const Q = 'coordination_leadership/strategy/digital_strategy_status';

describe('files that cannot be read', () => {
  it.each([
    ['kobo', 'export.csv'],
    ['kobo', 'export.xlsx'],
    ['odk', 'submission.xml'],
  ])('a missing file (import %s %s)', async (tool, name) => {
    const path = join(dir, 'missing', name);
    expect(refused(await dtc(['import', tool, path]), 1)).toBe(`dtc: ${path}: no such file.\n`);
  });

  it('a folder', async () => {
    expect(refused(await dtc(['import', 'kobo', dir]), 1)).toBe(
      `dtc: ${dir}: is a folder, not a file.\n`,
    );
  });

  it('a CSV cut short inside a quoted value', async () => {
    const path = await file(
      'truncated.csv',
      `end,role,organisation\n${END},ministry-ict,"Ministry of\n${END},other,x\n`,
    );
    expect(refused(await dtc(['import', 'kobo', path]), 1)).toBe(
      `dtc: ${path}: row 2, column 3 ("organisation"): a quoted value is never closed; the file ends at line 3 (was it cut short?).\n`,
    );
  });

  it('a CSV row with more values than the header', async () => {
    const path = await file('ragged.csv', `end;role\n${END};ministry-ict\n${END};other;extra\n`);
    expect(refused(await dtc(['import', 'kobo', path]), 1)).toBe(
      `dtc: ${path}: row 3 (line 3) has 3 values; the header row has 2.\n`,
    );
  });

  it('a CSV with text after a closing quote', async () => {
    const path = await file('quote.csv', `end,organisation\n${END},"Ministry"x\n`);
    expect(refused(await dtc(['import', 'odk', path]), 1)).toMatch(
      /^dtc: .*quote\.csv: row 2, column 2 \("organisation"\) \(line 2\): text after the closing quote/,
    );
  });

  it('an empty file, and a header that names a column twice', async () => {
    const empty = await file('empty.csv', '');
    expect(refused(await dtc(['import', 'kobo', empty]), 1)).toBe(
      `dtc: ${empty}: the file is empty; an export has a header row.\n`,
    );
    const twice = await file('twice.csv', `end,role,organisation,role\n${END},other,x,school\n`);
    expect(refused(await dtc(['import', 'kobo', twice]), 1)).toBe(
      `dtc: ${twice}: the header row names column "role" twice (columns 2 and 4).\n`,
    );
  });

  it('an .xlsx that is no workbook', async () => {
    const path = await file('not.xlsx', 'end,role\n');
    expect(refused(await dtc(['import', 'kobo', path]), 1)).toBe(
      `dtc: ${path}: not an Excel workbook (.xlsx): it is not a zip archive, which every .xlsx file is.\n`,
    );
  });

  it('XML that is not well formed, with the line and column', async () => {
    const path = await file(
      'broken.xml',
      `<data id="six-pillars">\n  <start>${END}</start>\n  <end>${END}</end\n</data>\n`,
    );
    expect(refused(await dtc(['import', 'odk', path]), 1)).toMatch(
      new RegExp(`^dtc: ${path}: not well-formed XML: line 3, column \\d+: end tag name: end`),
    );
    const cut = await file(
      'cut.xml',
      `<data id="six-pillars">\n  <end>${END}</end>\n  <respondent>`,
    );
    expect(refused(await dtc(['import', 'odk', cut]), 1)).toMatch(
      /^dtc: .*cut\.xml: not well-formed XML: line \d+, column \d+: an element that is not closed/,
    );
  });

  it('XML with a DOCTYPE (an external entity) is refused, the entity never read', async () => {
    const secret = await file('secret.txt', 'TOP-SECRET');
    const path = await file(
      'xxe.xml',
      `<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY x SYSTEM "file://${secret}">]>\n<data id="six-pillars"><end>${END}</end><respondent><organisation>&x;</organisation></respondent></data>\n`,
    );
    const stderr = refused(await dtc(['import', 'odk', path]), 1);
    expect(stderr).toBe(
      `dtc: ${path}: not well-formed XML: line 2, column 1: a DOCTYPE, which a submission does not have (refused: its entity declarations could read files or expand without bound).\n`,
    );
    expect(stderr).not.toContain('TOP-SECRET');
  });

  it('a submission of another form', async () => {
    const path = await file(
      'other.xml',
      `<data id="school-census" version="3"><end>${END}</end></data>`,
    );
    expect(refused(await dtc(['import', 'odk', path]), 1)).toBe(
      `dtc: ${path}: the submission is of form "school-census", not of the framework "six-pillars"; give its framework with --framework.\n`,
    );
  });
});

describe('values that map to nothing: row, column and value, exit 1', () => {
  const csv = [
    `end,role,country,favourite_colour,${Q},empty_unknown`,
    `${END},astronaut,senegal,blue,7,`,
    `not a date,ministry-ict,SEN,,2,`,
    `${END},school,KEN,,3,`,
  ].join('\n');
  const expected = (path: string): string[] => [
    `dtc: ${path}: row 2, column "role": "astronaut": not one of the choices of "role": ministry-education, ministry-ict, ministry-finance, regional-office, school, teacher-training, partner, other`,
    `dtc: ${path}: row 2, column "favourite_colour": "blue": no field of the form "six-pillars" has this name or label`,
    `dtc: ${path}: row 2, column "${Q}": "7": not one of the choices of question "digital-strategy-status": 1, 2, 3, 4, dont_know`,
    `dtc: ${path}: row 2, column "country": "senegal": Expected an ISO 3166-1 alpha-3 code such as "SEN"`,
    `dtc: ${path}: row 3, column "end": "not a date": not a date and time`,
    `dtc: ${path}: row 3, column "(time)": "": the submission gives no time of answering (end, _submission_time, SubmissionDate or start); give one with --answered-at`,
    `dtc: ${path} (CSV with "," between fields): 1 response, 2 submissions left out, 6 values not mapped.`,
  ];

  it('each is reported; the submissions that are whole are still written; exit 1', async () => {
    const path = await file('unmapped.csv', csv);
    const ran = await dtc(['import', 'kobo', path]);
    expect(ran.code).toBe(1);
    expect(ran.stderr.trimEnd().split('\n')).toEqual(expected(path));
    const [response, ...more] = ran.stdout.trim().split('\n');
    expect(more).toEqual([]);
    expect(JSON.parse(response!)).toMatchObject({
      respondent: { role: 'school', country: 'KEN' },
      answers: { 'digital-strategy-status': { value: 3, answeredAt: END } },
    });
  });

  it('--lenient: exit 0, the same report', async () => {
    const path = await file('lenient.csv', csv);
    const ran = await dtc(['import', 'kobo', path, '--lenient']);
    expect(ran.code).toBe(0);
    expect(ran.stderr.trimEnd().split('\n')).toEqual(expected(path));
    expect(ran.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('--report FILE.json: the file, what was read, the counts and every value with its reason', async () => {
    const path = await file('reported.csv', csv);
    const report = join(dir, 'report.json');
    const ran = await dtc(['import', 'kobo', path, '--lenient', '--report', report]);
    expect(ran.code).toBe(0);
    expect(JSON.parse(await readFile(report, 'utf8'))).toEqual({
      file: path,
      read: 'CSV with "," between fields',
      responses: 1,
      skipped: 2,
      unmappable: [
        {
          row: 2,
          column: 'role',
          value: 'astronaut',
          reason:
            'not one of the choices of "role": ministry-education, ministry-ict, ministry-finance, regional-office, school, teacher-training, partner, other',
        },
        {
          row: 2,
          column: 'favourite_colour',
          value: 'blue',
          reason: 'no field of the form "six-pillars" has this name or label',
        },
        {
          row: 2,
          column: Q,
          value: '7',
          reason:
            'not one of the choices of question "digital-strategy-status": 1, 2, 3, 4, dont_know',
        },
        {
          row: 2,
          column: 'country',
          value: 'senegal',
          reason: 'Expected an ISO 3166-1 alpha-3 code such as "SEN"',
        },
        { row: 3, column: 'end', value: 'not a date', reason: 'not a date and time' },
        {
          row: 3,
          column: '(time)',
          value: '',
          reason:
            'the submission gives no time of answering (end, _submission_time, SubmissionDate or start); give one with --answered-at',
        },
      ],
    });
  });

  it('--report of a file with nothing wrong: an empty list', async () => {
    const path = await file('clean.csv', `end,role\n${END},school\n`);
    const report = join(dir, 'clean-report.json');
    const ran = await dtc(['import', 'kobo', path, '--report', report]);
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(await readFile(report, 'utf8'))).toMatchObject({
      responses: 1,
      skipped: 0,
      unmappable: [],
    });
  });

  it('a text longer than its question takes, a value for a question twice, an XML submission of another version', async () => {
    const framework = join(dir, 'varied.json');
    await writeFile(framework, JSON.stringify(variedFramework()));
    const long = 'x'.repeat(201);
    const path = await file(
      'varied.csv',
      `end,role,notes,funding,coordination_leadership/strategy/funding\n${END},school,${long},fully_funded,Partly [en]\n`,
    );
    const ran = await dtc(['import', 'kobo', path, '--framework', framework]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain(
      `dtc: ${path}: row 2, column "coordination_leadership/strategy/funding": "Partly [en]": a second value for question "funding" (column "funding")\n`,
    );
    expect(ran.stderr).toContain(
      `dtc: ${path}: row 2, column "notes": "${'x'.repeat(60)}"… (201 characters): Expected at most 200 characters\n`,
    );

    const xml = await file(
      'old.xml',
      `<data id="six-pillars" version="1000000"><end>${END}</end><respondent><role>school</role></respondent></data>`,
    );
    const old = await dtc(['import', 'odk', xml]);
    expect(old.code).toBe(1);
    expect(old.stderr).toContain(
      `dtc: ${xml}: column "(form version)": "1000000": the submission is of form version 1000000; this framework's form is version 2000000 (framework 2.0.0)\n`,
    );
    // the framework's own spelling of its version is the same version
    const named = await file(
      'named.xml',
      `<data id="six-pillars" version="2.0.0"><end>${END}</end><respondent><role>school</role></respondent></data>`,
    );
    expect(await dtc(['import', 'odk', named])).toMatchObject({ code: 0, stderr: '' });
  });

  it('a label two fields share is reported, not guessed', async () => {
    const framework = variedFramework();
    const [first, second] = framework.pillars[0]!.components[0]!.questions;
    second!.title = { ...first!.title };
    const path = join(dir, 'same-titles.json');
    await writeFile(path, JSON.stringify(framework));
    const csv = await file(
      'same-titles.csv',
      `end,role,Is there a policy? [en]\n${END},school,yes\n`,
    );
    const ran = await dtc(['import', 'kobo', csv, '--framework', path]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toContain(
      `row 2, column "Is there a policy? [en]": "yes": more than one field of the form "varied-forms" has this label; name the column by the field's name\n`,
    );
  });
});

describe('the command line', () => {
  it.each([
    [['export', '--help'], 'dtc export xlsform --output six-pillars.xlsx'],
    [
      ['export', 'xlsform', '--help'],
      'dtc export xlsform --locale en,fr --output six-pillars.xlsx',
    ],
    [['export', 'xform', '--help'], 'dtc export xform --locale fr,en --output six-pillars.xml'],
    [['import', '--help'], 'dtc import kobo export.csv > responses.ndjson'],
    [['import', 'kobo', '--help'], 'dtc import kobo export.xlsx --output responses.ndjson'],
    [['import', 'odk', '--help'], 'dtc import odk submission.xml --format json'],
  ])('dtc %j: help with an example, exit 0', async (args, example) => {
    const ran = await dtc(args);
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect(ran.stdout).toMatch(/^Usage: dtc (export|import)/);
    expect(ran.stdout).toMatch(/\nExamples?:\n/);
    expect(ran.stdout).toContain(example);
  });

  it('the import help says where answeredAt comes from', async () => {
    const { stdout } = await dtc(['import', 'kobo', '--help']);
    expect(stdout).toContain('--answered-at <time>');
    expect(stdout).toMatch(/the clock of the import is never used/);
  });

  it.each([
    [['import', 'kobo'], /^error: missing required argument 'file'\n/],
    [['import', 'kobo', 'x.csv', '--bogus'], /^error: unknown option '--bogus'\n/],
    [['import', 'csv', 'x.csv'], /^error: unknown command 'csv'\n/],
    [
      ['import', 'kobo', 'x.csv', '--format', 'xml'],
      /^dtc: --format xml: give ndjson or json\.\n$/,
    ],
    [
      ['import', 'kobo', 'x.csv', '--answered-at', 'yesterday'],
      /^dtc: --answered-at yesterday: give a date and time in ISO 8601, e\.g\. 2026-03-25T09:30:00Z\.\n$/,
    ],
    [
      ['export', 'xlsform'],
      /^dtc: export xlsform: give the workbook to write with --output FILE\.xlsx\.\n$/,
    ],
    [
      ['export', 'xform', '--locale', 'de'],
      /^dtc: the framework "six-pillars" has no texts in "de"; it has en, ar, zh-Hans, fr, ru, es\.\n$/,
    ],
    [['export', 'xform', '--locale'], /^error: option '--locale <tags>' argument missing\n/],
  ])('dtc %j: a usage error, exit 2, no stack', async (args, message) => {
    expect(refused(await dtc(args), 2)).toMatch(message);
  });

  it('a file of a kind the command does not read is a usage error', async () => {
    const xml = await file('kobo.xml', '<data/>');
    expect(refused(await dtc(['import', 'kobo', xml]), 2)).toBe(
      `dtc: ${xml}: this command reads csv or xlsx files, not XML.\n`,
    );
    const xlsx = await file('odk.xlsx', 'x');
    expect(refused(await dtc(['import', 'odk', xlsx]), 2)).toBe(
      `dtc: ${xlsx}: this command reads csv or xml files, not .xlsx.\n`,
    );
  });

  it('an output that cannot be written', async () => {
    const path = await file('one.csv', `end,role\n${END},school\n`);
    const output = join(dir, 'no', 'such', 'dir', 'out.ndjson');
    expect(refused(await dtc(['import', 'kobo', path, '--output', output]), 1)).toBe(
      `dtc: ${output}: cannot be written (ENOENT).\n`,
    );
    const workbook = join(dir, 'no', 'such', 'dir', 'form.xlsx');
    expect(refused(await dtc(['export', 'xlsform', '--output', workbook]), 1)).toBe(
      `dtc: ${workbook}: cannot be written (ENOENT).\n`,
    );
  });

  it('a framework that is not one', async () => {
    const bad = await file('bad-framework.json', '{"id": "x",');
    const ran = refused(await dtc(['export', 'xform', '--framework', bad]), 1);
    expect(ran).toMatch(new RegExp(`^dtc: ${bad}: not valid JSON: `));
    const invalid = await file('invalid-framework.json', '{"id": "x"}');
    expect(refused(await dtc(['export', 'xform', '--framework', invalid]), 1)).toMatch(
      new RegExp(`^dtc: ${invalid}: not a valid framework( \\(\\d+ issues\\))?:\n`),
    );
  });

  it('standard input: a CSV export given as "-"', async () => {
    const ran = await dtc(['import', 'kobo', '-'], `end,role\n${END},school\n`);
    expect(ran).toMatchObject({ code: 0, stderr: '' });
    expect((JSON.parse(ran.stdout) as Response).respondent).toEqual({ role: 'school' });
  });
});
