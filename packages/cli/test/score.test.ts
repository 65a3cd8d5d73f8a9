import { describe, expect, it } from 'vitest';
import { scoreResponse } from '@dtc/scoring';
import { parseFramework, parseResponse, type Framework, type Result } from '@dtc/schema';
import { readFileSync } from 'node:fs';
import { dtc, fixture } from './helpers.js';

const mini = ['--framework', fixture('mini-framework.json')];
const framework = (
  parseFramework(readFileSync(fixture('mini-framework.json'), 'utf8')) as {
    value: Framework;
  }
).value;

describe('score', () => {
  it('writes one NDJSON line per response, the result as scoreResponse gives it', async () => {
    const { code, stdout, stderr } = await dtc([
      'score',
      ...mini,
      fixture('mini-responses.ndjson'),
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { source: string; id: string; result: Result });
    expect(lines.map((l) => [l.source.split('/').pop(), l.id])).toEqual([
      ['mini-responses.ndjson:1', 'school-a'],
      ['mini-responses.ndjson:2', 'school-b'],
      ['mini-responses.ndjson:3', 'school-c'],
    ]);
    const responses = readFileSync(fixture('mini-responses.ndjson'), 'utf8').trimEnd().split('\n');
    lines.forEach((line, i) => {
      const parsed = parseResponse(responses[i]!, framework);
      if (!parsed.ok) throw new Error('fixture');
      expect(line.result).toEqual(scoreResponse(framework, parsed.value));
    });
  });

  it('writes a CSV row per response (golden)', async () => {
    const { code, stdout } = await dtc([
      'score',
      ...mini,
      fixture('mini-responses.csv'),
      '--format',
      'csv',
      '--components',
    ]);
    expect(code).toBe(0);
    const file = fixture('mini-responses.csv');
    expect(stdout).toBe(
      'source,id,label,role,country,overall,level,coverage,coordination-leadership,coordination-leadership/digital-strategy\n' +
        `${file}: row 2,school-a,,school,SEN,46.67,2,100,46.67,46.67\n` +
        `${file}: row 3,school-b,,school,SEN,40,2,100,40,40\n`,
    );
  });

  it('writes a Markdown table (golden), the same from JSON and from the export file', async () => {
    const fromJson = await dtc([
      'score',
      ...mini,
      fixture('mini-responses.json'),
      '--format',
      'md',
    ]);
    expect(fromJson.code).toBe(0);
    const file = fixture('mini-responses.json');
    expect(fromJson.stdout).toBe(
      '| source | id | label | role | country | overall | level | coverage | coordination-leadership |\n' +
        '| --- | --- | --- | --- | --- | ---: | ---: | ---: | ---: |\n' +
        `| ${file}: [0] | school-a |  | school | SEN | 46.7 | 2 | 100 | 46.7 |\n` +
        `| ${file}: [1] | school-b |  | school | SEN | 40 | 2 | 100 | 40 |\n` +
        `| ${file}: [2] | school-c |  | school | SEN | 66.7 | 3 | 33 | 66.7 |\n`,
    );
    const fromExport = await dtc([
      'score',
      ...mini,
      fixture('mini-export.dtc.json'),
      '--format',
      'md',
    ]);
    expect(fromExport.stdout).toContain(
      'assessments[1].response | school-b |  | school | SEN | 40 |',
    );
  });

  it('writes a JSON array', async () => {
    const { stdout } = await dtc([
      'score',
      ...mini,
      fixture('mini-response-a.json'),
      '--format',
      'json',
    ]);
    const records = JSON.parse(stdout) as { id: string; result: Result }[];
    expect(records).toHaveLength(1);
    expect(records[0]!.result.overall.level).toBe(2);
  });

  it('reads standard input', async () => {
    const text = readFileSync(fixture('mini-responses.ndjson'), 'utf8');
    const { code, stdout } = await dtc(['score', ...mini, '-', '--format', 'csv'], text);
    expect(code).toBe(0);
    expect(stdout.split('\n')[1]).toMatch(/^standard input:1,school-a,/);
  });

  it('scores the valid responses, reports the others on standard error and exits 1', async () => {
    const { code, stdout, stderr } = await dtc([
      'score',
      ...mini,
      fixture('mini-invalid.ndjson'),
      '--format',
      'csv',
    ]);
    expect(code).toBe(1);
    expect(stdout.trimEnd().split('\n')).toHaveLength(3);
    const file = fixture('mini-invalid.ndjson');
    expect(stderr).toBe(
      `dtc: ${file}:2: answers.q-one.value: Expected a number ≤ 7 [too-big]\n` +
        `dtc: ${file}:3: Not valid JSON: column 41: Expected double-quoted property name [invalid-json]\n` +
        'dtc: 2 of 4 responses skipped (not valid; the issues are above).\n',
    );
  });

  describe('bad input', () => {
    const cases: [string, string, string][] = [
      ['a missing file', 'nope.ndjson', `dtc: nope.ndjson: no such file.\n`],
      [
        'truncated JSON',
        fixture('truncated-json.txt'),
        `dtc: ${fixture('truncated-json.txt')}: not valid JSON: line 17, column 26: Unterminated string\n`,
      ],
      [
        'a CSV with an unknown column',
        fixture('mini-unknown-column.csv'),
        `dtc: ${fixture('mini-unknown-column.csv')}: row 1, column 4 ("q-four"): unknown column:`,
      ],
      [
        'a file that holds no responses',
        fixture('not-dtc.json'),
        `dtc: ${fixture('not-dtc.json')}: neither a response ("format": "dtc.response"), a list of responses, nor an export file ("format": "dtc.export"); its format is "something-else".\n`,
      ],
    ];
    for (const [what, path, message] of cases)
      it(what, async () => {
        const { code, stderr } = await dtc(['score', ...mini, path]);
        expect(code).toBe(1);
        expect(stderr.startsWith(message)).toBe(true);
        expect(stderr).not.toMatch(/\n\s+at /);
      });

    it('an unknown --format is a usage error', async () => {
      const { code, stderr } = await dtc(['score', fixture('response.json'), '--format', 'xml']);
      expect(code).toBe(2);
      expect(stderr).toContain(
        "argument 'xml' is invalid. Allowed choices are csv, json, ndjson, md.",
      );
    });
  });

  it('shows examples in --help', async () => {
    const { stdout } = await dtc(['score', '--help']);
    expect(stdout).toContain('$ dtc score responses.ndjson > results.ndjson');
  });
});
