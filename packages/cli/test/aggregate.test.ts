import { describe, expect, it } from 'vitest';
import { aggregateResponses } from '@dtc/scoring';
import { parseFramework, parseResponse, type Framework, type Response } from '@dtc/schema';
import { readFileSync } from 'node:fs';
import { dtc, fixture } from './helpers.js';

const mini = ['--framework', fixture('mini-framework.json')];
const framework = (
  parseFramework(readFileSync(fixture('mini-framework.json'), 'utf8')) as { value: Framework }
).value;
const responses = readFileSync(fixture('mini-responses.ndjson'), 'utf8')
  .trimEnd()
  .split('\n')
  .map((line) => (parseResponse(line, framework) as { value: Response }).value);

describe('aggregate', () => {
  it('writes the group result of aggregateResponses in JSON, without per-respondent scores', async () => {
    const { code, stdout, stderr } = await dtc([
      'aggregate',
      ...mini,
      '--group-by',
      'country',
      '--format',
      'json',
      fixture('mini-responses.ndjson'),
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const expected = JSON.parse(
      JSON.stringify(aggregateResponses(framework, responses, { groupBy: 'country' })),
      (key, value: unknown) => (key === 'scores' ? [] : value),
    ) as unknown;
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it('writes a Markdown table per group and the divergence (golden)', async () => {
    const { code, stdout } = await dtc([
      'aggregate',
      ...mini,
      '--group-by',
      'role',
      fixture('mini-responses.ndjson'),
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        '| group | n | overall | level | coordination-leadership | coordination-leadership/digital-strategy |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        '| all | 3 | 51.1 | 2 | 51.1 | 51.1 |',
        '| school | 3 | 51.1 | 2 | 51.1 | 51.1 |',
        '',
        "No divergence: no component's group means differ by 25 points or more.",
        '',
      ].join('\n'),
    );
  });

  it('writes CSV and NDJSON, one record per group', async () => {
    const csv = await dtc([
      'aggregate',
      ...mini,
      '--group-by',
      'organisation',
      '--format',
      'csv',
      fixture('mini-responses.ndjson'),
    ]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\n')[0]).toBe(
      'group,n,overall,level,coordination-leadership,coordination-leadership/digital-strategy',
    );
    expect(csv.stdout.split('\n').slice(1, 3)).toEqual([
      'all,3,51.11,2,51.11,51.11',
      'unknown,3,51.11,2,51.11,51.11',
    ]);
    const nd = await dtc([
      'aggregate',
      ...mini,
      '--group-by',
      'role',
      '--format',
      'ndjson',
      fixture('mini-responses.ndjson'),
    ]);
    const lines = nd.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { group: string; n: number });
    expect(lines.map((l) => [l.group, l.n])).toEqual([
      ['all', 3],
      ['school', 3],
    ]);
  });

  it('prints throughput and peak memory with --stats', async () => {
    const { code, stderr } = await dtc([
      'aggregate',
      ...mini,
      '--group-by',
      'role',
      '--stats',
      fixture('mini-responses.ndjson'),
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(
      /^dtc: 3 responses in [\d.]+ s: [\d,]+ responses\/s, peak RSS \d+ MB \(the process, all threads\), 1 thread reading\n$/,
    );
  });

  it('reports invalid responses, skips them and ends with exit code 1', async () => {
    const { code, stderr } = await dtc([
      'aggregate',
      ...mini,
      '--group-by',
      'role',
      fixture('mini-invalid.ndjson'),
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^dtc: .*mini-invalid\.ndjson:\d+: /m);
    expect(stderr).toMatch(/skipped/);
  });

  it('is a usage error without --group-by or with an unknown key (exit 2)', async () => {
    const without = await dtc(['aggregate', ...mini, fixture('mini-responses.ndjson')]);
    expect(without.code).toBe(2);
    expect(without.stderr).toMatch(/--group-by/);
    const unknown = await dtc([
      'aggregate',
      ...mini,
      '--group-by',
      'planet',
      fixture('mini-responses.ndjson'),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/planet/);
  });

  it('names a missing file (exit 1)', async () => {
    const { code, stderr } = await dtc(['aggregate', '--group-by', 'role', 'nowhere.ndjson']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^dtc: nowhere\.ndjson: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
