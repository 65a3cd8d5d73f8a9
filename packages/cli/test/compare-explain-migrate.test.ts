import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sixPillars } from '@dtc/framework';
import { parseResponse, type Comparison } from '@dtc/schema';
import { dtc, fixture } from './helpers.js';

const mini = ['--framework', fixture('mini-framework.json')];

describe('compare', () => {
  it('lists how each score moved (golden)', async () => {
    const { code, stdout, stderr } = await dtc([
      'compare',
      ...mini,
      fixture('mini-response-a.json'),
      fixture('mini-response-a-later.json'),
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      '| part | id | before | after | delta | beforeLevel | afterLevel |\n' +
        '| --- | --- | ---: | ---: | ---: | ---: | ---: |\n' +
        '| overall | overall | 46.7 | 60 | 13.3 | 2 | 2 |\n' +
        '| pillar | coordination-leadership | 46.7 | 60 | 13.3 | 2 | 2 |\n' +
        '| component | digital-strategy | 46.7 | 60 | 13.3 | 2 | 2 |\n' +
        '\nImproved: digital-strategy\nDeclined: none\n',
    );
  });

  it('takes results as well as responses, and writes the comparison in JSON', async () => {
    const scored = await dtc(['score', ...mini, fixture('mini-response-a.json')]);
    const { code, stdout } = await dtc(
      ['compare', ...mini, '-', fixture('mini-response-a-later.json'), '--format', 'json'],
      scored.stdout,
    );
    expect(code).toBe(0);
    const comparison = JSON.parse(stdout) as Comparison;
    expect(comparison.comparable).toBe(true);
    expect(comparison.improved).toEqual(['digital-strategy']);
  });

  it('refuses a file of several responses', async () => {
    const { code, stderr } = await dtc([
      'compare',
      ...mini,
      fixture('mini-responses.ndjson'),
      fixture('mini-response-a.json'),
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      `dtc: ${fixture('mini-responses.ndjson')}: holds 3 responses; give a file with exactly one (or a result).\n`,
    );
  });
});

describe('explain', () => {
  it("lists a component's questions and their shares (golden)", async () => {
    const { code, stdout } = await dtc([
      'explain',
      ...mini,
      fixture('mini-response-a.json'),
      'digital-strategy',
    ]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      'component digital-strategy: 46.7, level 2\n\n' +
        '| question | answer | level | score | weight | share | status |\n' +
        '| --- | --- | ---: | ---: | ---: | ---: | --- |\n' +
        '| q-one | 2 | 2 | 33.3 | 2 | 13.33 | answered |\n' +
        '| q-two | project-unit | 2 | 33.3 | 1 | 6.67 | answered |\n' +
        '| q-three | yes | 3 | 66.7 | 2 | 26.67 | answered |\n',
    );
  });

  it('names the ids it knows when given an unknown one', async () => {
    const { code, stderr } = await dtc([
      'explain',
      ...mini,
      fixture('mini-response-a.json'),
      'nope',
    ]);
    expect(code).toBe(1);
    expect(stderr).toBe(
      'dtc: no component or pillar "nope" in framework "mini"; try overall, coordination-leadership, digital-strategy… (2 pillar and component ids in all).\n',
    );
  });

  it('says where a response is invalid', async () => {
    const { code, stderr } = await dtc(['explain', ...mini, fixture('response.json'), 'overall']);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `dtc: ${fixture('response.json')}: not a valid response:\n  framework.id: Response is for framework "six-pillars", not "mini"`,
    );
  });
});

describe('migrate', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dtc-migrate-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('carries 1.0.0 responses to 2.0.0 with the bundled mapping, keeping the answers as they were', async () => {
    const report = join(dir, 'report.ndjson');
    const { code, stdout, stderr } = await dtc([
      'migrate',
      fixture('v1-responses.ndjson'),
      '--to',
      '2.0.0',
      '--report',
      report,
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe(
      'dtc: 2 responses carried to 2.0.0, 0 already at it; 0 answers to check (reworded questions), 24 questions to answer.\n',
    );
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const before = (await readFile(fixture('v1-responses.ndjson'), 'utf8')).trimEnd().split('\n');
    lines.forEach((line, i) => {
      const parsed = parseResponse(line, sixPillars);
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      expect(parsed.value.framework).toEqual({ id: 'six-pillars', version: '2.0.0' });
      expect(parsed.value.migrations?.[0]?.answers).toEqual(
        (JSON.parse(before[i]!) as { answers: unknown }).answers,
      );
    });
    const reports = (await readFile(report, 'utf8')).trimEnd().split('\n');
    expect(reports.map((r) => (JSON.parse(r) as { id: string }).id)).toEqual([
      'ministry-2025',
      'region-2025',
    ]);
  });

  it('passes a response already at the version through unchanged', async () => {
    const { code, stdout, stderr } = await dtc(['migrate', fixture('response.json')]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(await readFile(fixture('response.json'), 'utf8')),
    );
    expect(stderr).toContain('0 responses carried to 2.0.0, 1 already at it');
  });

  it('does not carry a response back, and says so', async () => {
    const { code, stdout, stderr } = await dtc([
      'migrate',
      fixture('response.json'),
      '--to',
      '1.0.0',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain(
      `dtc: ${fixture('response.json')}: framework.version: Not carried: made with version 2.0.0, later than 1.0.0: a response is not carried back [not-carried]\n`,
    );
  });

  it('refuses a version it does not know, as a usage error', async () => {
    const { code, stderr } = await dtc([
      'migrate',
      fixture('v1-responses.ndjson'),
      '--to',
      '3.0.0',
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'dtc: migrate: --to 3.0.0: not a version of the framework (1.0.0, 2.0.0).\n',
    );
  });

  it('asks for --earlier and --mapping with --framework', async () => {
    const { code, stderr } = await dtc(['migrate', ...mini, fixture('mini-response-a.json')]);
    expect(code).toBe(2);
    expect(stderr).toBe('dtc: migrate: with --framework, give --earlier and --mapping too.\n');
  });
});

describe('--help of every command shows an example', () => {
  for (const command of ['validate', 'score', 'compare', 'explain', 'migrate', 'template'])
    it(command, async () => {
      const { code, stdout } = await dtc([command, '--help']);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`Examples?:\\n  \\$ dtc ${command} `));
    });
});
