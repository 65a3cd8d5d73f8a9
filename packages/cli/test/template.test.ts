import { describe, expect, it } from 'vitest';
import { sixPillars } from '@dtc/framework';
import { readResponses } from '../src/io/records.js';
import { dtc, fixture } from './helpers.js';
import { Readable } from 'node:stream';

const questions = sixPillars.pillars.flatMap((p) =>
  p.components.flatMap((c) => c.questions.map((q) => q.id)),
);

describe('template csv', () => {
  it('writes the respondent columns, then one column per question in order', async () => {
    const { code, stdout, stderr } = await dtc(['template', 'csv']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const header = stdout.trimEnd().split(',');
    expect(header.slice(0, 3)).toEqual(['response.id', 'response.label', 'respondent.role']);
    expect(header.slice(11)).toEqual(questions);
    expect(stdout.split('\n')).toHaveLength(2);
  });

  it('adds a comment column after each question with --comments', async () => {
    const { stdout } = await dtc(['template', 'csv', '--comments']);
    const header = stdout.trimEnd().split(',');
    expect(header.slice(11, 13)).toEqual([questions[0], `${questions[0]}.comment`]);
    expect(header).toHaveLength(11 + 2 * questions.length);
  });

  it('is read back by readResponses, with a row of answers under it', async () => {
    const { stdout } = await dtc(['template', 'csv']);
    const header = stdout.trimEnd().split(',');
    const row = header.map((c) =>
      c === 'respondent.role' ? 'school' : c === questions[0] ? '3' : '',
    );
    const input = Readable.from([Buffer.from(`${stdout}${row.join(',')}\n`)]);
    const issues: string[] = [];
    const read = [];
    for await (const r of readResponses('-', {
      framework: sixPillars,
      stdin: input,
      onIssue: (where) => issues.push(where),
    }))
      read.push(r);
    expect(issues).toEqual([]);
    expect(read).toHaveLength(1);
    expect(read[0]!.where).toBe('standard input: row 2');
    expect(read[0]!.value.answers[questions[0]!]!.value).toBe(3);
  });

  it('uses the questions of --framework', async () => {
    const { code, stdout } = await dtc([
      'template',
      'csv',
      '--framework',
      fixture('mini-framework.json'),
    ]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split(',').slice(11)).toEqual(['q-one', 'q-two', 'q-three']);
  });

  it('refuses another kind as a usage error', async () => {
    const { code, stderr } = await dtc(['template', 'xlsx']);
    expect(code).toBe(2);
    expect(stderr).toBe('dtc: template: unknown kind "xlsx"; the one kind is csv.\n');
  });

  it('shows an example in --help', async () => {
    const { code, stdout } = await dtc(['template', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('$ dtc template csv');
  });
});
