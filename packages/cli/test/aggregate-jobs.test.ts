/**
 * `dtc aggregate --jobs N`: the file cut into ranges read by worker threads gives the output
 * of one thread, and messages name records where the whole file has them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { aggregateResponses } from '@dtc/scoring';
import { parseFramework, parseResponse, type Framework, type Response } from '@dtc/schema';
import { relocate, splitFile } from '../src/aggregate/ranges.js';
import { dtc, fixture } from './helpers.js';

const mini = ['--framework', fixture('mini-framework.json')];
const framework = (
  parseFramework(readFileSync(fixture('mini-framework.json'), 'utf8')) as { value: Framework }
).value;
const groups = (name: string) => fixture(`aggregate/${name}`);
const sizeOf = (path: string) => readFileSync(path).length;

/** The byte offset of the first line of `path` that contains `text`. */
function offsetOf(path: string, text: string): number {
  const bytes = readFileSync(path);
  const at = bytes.indexOf(text);
  return bytes.lastIndexOf(0x0a, at) + 1;
}

describe('aggregate --jobs', () => {
  it('gives the output of one thread, in every format, from NDJSON and CSV', async () => {
    for (const file of ['groups.ndjson', 'groups.csv']) {
      for (const format of ['md', 'json', 'csv', 'ndjson']) {
        for (const by of format === 'json' ? ['role', 'country', 'organisation'] : ['country']) {
          const args = ['aggregate', ...mini, '--group-by', by, '--format', format, groups(file)];
          const one = await dtc([...args, '--jobs', '1']);
          const three = await dtc([...args, '--jobs', '3']);
          expect(one.code, `${file} ${format} ${by}`).toBe(0);
          expect(three.stderr).toBe('');
          expect(three.code).toBe(0);
          expect(three.stdout, `${file} ${format} ${by}`).toBe(one.stdout);
        }
      }
    }
  }, 120_000);

  it('gives the result of aggregateResponses over the whole file', async () => {
    const responses = readFileSync(groups('groups.ndjson'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => (parseResponse(line, framework) as { value: Response }).value);
    const { code, stdout } = await dtc([
      'aggregate',
      ...mini,
      '--group-by',
      'country',
      '--format',
      'json',
      '--jobs',
      '3',
      groups('groups.ndjson'),
    ]);
    expect(code).toBe(0);
    const expected = JSON.parse(
      JSON.stringify(aggregateResponses(framework, responses, { groupBy: 'country' })),
      (key, value: unknown) => (key === 'scores' ? [] : value),
    ) as unknown;
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it('writes the Markdown table and the divergence (golden)', async () => {
    const { code, stdout } = await dtc([
      'aggregate',
      ...mini,
      '--group-by',
      'role',
      '--jobs',
      '3',
      groups('groups.csv'),
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '| group | n | overall | level | coordination-leadership | coordination-leadership/digital-strategy |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        '| all | 48 | 47.6 | 2 | 47.6 | 47.6 |',
        '| ministry-education | 12 | 75.3 | 3 | 75.3 | 75.3 |',
        '| regional-office | 12 | 52.2 | 2 | 52.2 | 52.2 |',
        '| school | 12 | 10.3 | 1 | 10.3 | 10.3 |',
        '| partner | 12 | 52.8 | 2 | 52.8 | 52.8 |',
        '',
        'Divergence (group means 25 points or more apart):',
        '',
        '| pillar | component | spread | high group | high mean | low group | low mean |',
        '| --- | --- | ---: | --- | ---: | --- | ---: |',
        '| coordination-leadership | digital-strategy | 65 | ministry-education | 75.3 | school | 10.3 |',
        '',
      ].join('\n'),
    );
  });

  it('names an invalid record of the second range by its line in the file (NDJSON)', async () => {
    const path = groups('groups-invalid.ndjson');
    const { ranges } = await splitFile(path, 'ndjson', 3, sizeOf(path));
    const bad = offsetOf(path, '"id":"bad"');
    expect(ranges.findIndex((r) => r.start <= bad && bad < r.end)).toBe(1);

    const args = ['aggregate', ...mini, '--group-by', 'role', path];
    const one = await dtc([...args, '--jobs', '1']);
    const three = await dtc([...args, '--jobs', '3']);
    expect(three.code).toBe(1);
    expect(three.stderr).toBe(
      `dtc: ${path}:26: answers.q-one.value: Expected a number ≤ 7 [too-big]\n` +
        'dtc: 1 of 49 responses skipped (not valid; the issues are above).\n',
    );
    expect(three.stderr).toBe(one.stderr);
    expect(three.stdout).toBe(one.stdout);
  });

  it('names an invalid row of the second range by its row in the file (CSV, quoted line ends)', async () => {
    const path = groups('groups-invalid.csv');
    const { ranges, header } = await splitFile(path, 'csv', 3, sizeOf(path));
    const bad = offsetOf(path, 'bad,school');
    expect(ranges.findIndex((r) => r.start <= bad && bad < r.end)).toBe(1);
    expect(header?.bytes.toString()).toBe(readFileSync(path, 'utf8').split('\n')[0] + '\n');

    const args = ['aggregate', ...mini, '--group-by', 'country', path];
    const one = await dtc([...args, '--jobs', '1']);
    const three = await dtc([...args, '--jobs', '3']);
    expect(three.code).toBe(1);
    expect(three.stderr).toMatch(new RegExp(`^dtc: ${path}: row 27: answers\\.q-one\\.value: `));
    expect(three.stderr).toBe(one.stderr);
    expect(three.stdout).toBe(one.stdout);
  });

  it('reads standard input and JSON in one thread; --jobs 0 is one per core', async () => {
    const args = ['aggregate', ...mini, '--group-by', 'role', '--stats'];
    const piped = await dtc(
      [...args, '--jobs', '3', '-'],
      readFileSync(groups('groups.ndjson'), 'utf8'),
    );
    expect(piped.code).toBe(0);
    expect(piped.stderr).toMatch(/, 1 thread reading\n$/);
    const json = await dtc([...args, '--jobs', '2', fixture('mini-responses.json')]);
    expect(json.code).toBe(0);
    expect(json.stderr).toMatch(/^dtc: 3 responses in .*, 1 thread reading\n$/);
    const cores = await dtc([...args, '--jobs', '0', groups('groups.ndjson')]);
    expect(cores.code).toBe(0);
    expect(cores.stderr).toMatch(
      /^dtc: 48 responses in .*, peak RSS \d+ MB .*\d threads? reading\n$/,
    );
  });

  it('refuses a --jobs that is not a whole number (exit 2)', async () => {
    const { code, stderr } = await dtc([
      'aggregate',
      '--group-by',
      'role',
      '--jobs',
      'two',
      groups('groups.ndjson'),
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--jobs.*whole number/);
  });
});

describe('splitFile', () => {
  /** The CSV records of `text` (csv-parse, as the reader counts them). */
  const records = (text: string) =>
    (parseCsv(text, { skip_empty_lines: true, relax_column_count: true }) as string[][]).length;

  it('cuts at line ends outside quotes, and counts the lines and records before each cut', async () => {
    for (const name of ['groups.csv', 'groups-invalid.csv', 'groups.ndjson']) {
      const path = groups(name);
      const text = readFileSync(path, 'utf8');
      const format = name.endsWith('.csv') ? 'csv' : 'ndjson';
      for (const parts of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 60, 200]) {
        const { ranges } = await splitFile(path, format, parts, sizeOf(path));
        expect(ranges.length).toBeLessThanOrEqual(Math.min(parts, text.split('\n').length));
        expect(ranges[0]!.start).toBe(0);
        expect(ranges.at(-1)!.end).toBe(text.length);
        for (const [i, range] of ranges.entries()) {
          expect(range.end).toBeGreaterThan(range.start);
          if (i > 0) expect(range.start).toBe(ranges[i - 1]!.end);
          const before = text.slice(0, range.start);
          expect(range.linesBefore).toBe(before.split('\n').length - 1);
          if (format === 'csv') {
            expect(before === '' || before.endsWith('\n')).toBe(true);
            // Outside quotes: what comes before is whole records.
            expect((before.match(/"/g) ?? []).length % 2).toBe(0);
            expect(range.recordsBefore).toBe(records(before));
          }
        }
      }
    }
  });
});

describe('relocate', () => {
  const range = { start: 100, end: 200, linesBefore: 40, recordsBefore: 30 };
  it('names the file and counts lines and rows from its start, past the header read in front', () => {
    const header = { lines: 2, records: 1 };
    expect(relocate('standard input:3', 'x.ndjson', range, { lines: 0, records: 0 })).toBe(
      'x.ndjson:43',
    );
    expect(relocate('standard input: row 2', 'x.csv', range, header)).toBe('x.csv: row 31');
    expect(relocate('standard input: line 5: not valid CSV', 'x.csv', range, header)).toBe(
      'x.csv: line 43: not valid CSV',
    );
    expect(relocate('standard input: row 1, column 2 ("x")', 'x.csv', range, header)).toBe(
      'x.csv: row 1, column 2 ("x")',
    );
    expect(relocate('elsewhere:3', 'x.csv', range, header)).toBe('elsewhere:3');
  });
});
