import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES } from '../src/io/records.js';
import { dtc, fixture } from './helpers.js';

const mini = ['--framework', fixture('mini-framework.json')];
const f = fixture;

describe('validate', () => {
  it('says each valid file is valid, with what it was read as, and exits 0', async () => {
    const { code, stdout, stderr } = await dtc([
      'validate',
      f('response.json'),
      f('mini-framework.json'),
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(
      `${f('response.json')}: valid (response)\n` +
        `${f('mini-framework.json')}: valid (framework)\n` +
        '2 files checked: all valid.\n',
    );
  });

  it('prints every issue of a framework with its path and code, and exits 1', async () => {
    const { code, stdout } = await dtc(['validate', f('invalid-framework.json')]);
    expect(code).toBe(1);
    const file = f('invalid-framework.json');
    expect(stdout).toBe(
      `${file}: pillars[0].components[0].questions[0].descriptors[1].level: Level 5 is above the framework's 4 levels [level-out-of-range]\n` +
        `${file}: pillars[0].components[0].questions[0].descriptors: No descriptor for level 2 [missing-descriptor]\n` +
        `${file}: pillars[0].components[0].questions[1].options[0].id: "na" is the answer "not applicable"; give the option another id [reserved-id]\n` +
        `${file}: 3 issues (framework)\n` +
        '1 file checked: 1 with issues.\n',
    );
  });

  it('checks each record of NDJSON, CSV, a JSON array and an export file', async () => {
    const { code, stdout } = await dtc([
      'validate',
      ...mini,
      f('mini-responses.ndjson'),
      f('mini-responses.csv'),
      f('mini-responses.json'),
      f('mini-export.dtc.json'),
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain(`${f('mini-responses.ndjson')}: valid (3 responses)\n`);
    expect(stdout).toContain(`${f('mini-responses.csv')}: valid (2 responses)\n`);
    expect(stdout).toContain(`${f('mini-export.dtc.json')}: valid (2 responses)\n`);
  });

  it('names the line of each bad NDJSON record and goes on', async () => {
    const { code, stdout } = await dtc(['validate', ...mini, f('mini-invalid.ndjson')]);
    expect(code).toBe(1);
    const file = f('mini-invalid.ndjson');
    expect(stdout).toBe(
      `${file}:2: answers.q-one.value: Expected a number ≤ 7 [too-big]\n` +
        `${file}:3: Not valid JSON: column 41: Expected double-quoted property name [invalid-json]\n` +
        `${file}: 2 issues (4 responses, 2 with issues)\n` +
        '1 file checked: 1 with issues.\n',
    );
  });

  it('writes a machine-readable report with --json', async () => {
    const { code, stdout } = await dtc(['validate', '--json', ...mini, f('mini-invalid.ndjson')]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      valid: boolean;
      files: {
        as: string;
        records: number;
        invalid: number;
        issues: { where: string; path: string; code: string }[];
      }[];
    };
    expect(report.valid).toBe(false);
    expect(report.files[0]).toMatchObject({ as: 'responses', records: 4, invalid: 2 });
    expect(report.files[0]!.issues.map((i) => [i.where.split(':').pop(), i.path, i.code])).toEqual([
      ['2', 'answers.q-one.value', 'too-big'],
      ['3', '(root)', 'invalid-json'],
    ]);
  });

  it('reads standard input with "-", and --as overrides the format field', async () => {
    const text = JSON.stringify({ format: 'dtc.response' });
    const asResponse = await dtc(['validate', '-'], text);
    expect(asResponse.code).toBe(1);
    expect(asResponse.stdout).toContain('standard input: framework: ');
    const asPlan = await dtc(['validate', '--as', 'plan', '-'], text);
    expect(asPlan.stdout).toContain('(plan)');
  });

  describe('bad input: a clear message, exit 1, no stack trace', () => {
    const cases: [string, string, string][] = [
      ['a missing file', 'no-such-file.json', 'no-such-file.json: no such file. [unreadable]'],
      [
        'truncated JSON',
        'truncated-json.txt',
        'Not valid JSON: line 17, column 26: Unterminated string [invalid-json]',
      ],
      [
        'a CSV with an unknown column',
        'mini-unknown-column.csv',
        'row 1, column 4 ("q-four"): unknown column: neither a question of framework "mini"',
      ],
      [
        'a format dtc does not know',
        'not-dtc.json',
        'The format "something-else" is not one dtc validates',
      ],
    ];
    for (const [what, name, message] of cases)
      it(what, async () => {
        const { code, stdout, stderr } = await dtc(['validate', ...mini, f(name)]);
        expect(code).toBe(1);
        expect(stdout).toContain(message);
        expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
      });

    let dir = '';
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'dtc-validate-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('a line longer than MAX_LINE_BYTES', async () => {
      const path = join(dir, 'long.ndjson');
      await writeFile(path, `{"label": "${'x'.repeat(MAX_LINE_BYTES)}"}\n`);
      const { code, stdout } = await dtc(['validate', path]);
      expect(code).toBe(1);
      expect(stdout).toContain(
        `${path}:1: the line is longer than ${MAX_LINE_BYTES} bytes, the most one line may have`,
      );
    });

    it('a CSV row longer than MAX_LINE_BYTES', async () => {
      const path = join(dir, 'long.csv');
      await writeFile(
        path,
        `respondent.role,response.label\nschool,"${'x'.repeat(MAX_LINE_BYTES)}"\n`,
      );
      const { code, stdout, stderr } = await dtc(['score', path]);
      expect(code).toBe(1);
      expect(stderr).toContain(
        `${path}: line 2: not valid CSV: a row is longer than ${MAX_LINE_BYTES} characters`,
      );
      expect(`${stdout}${stderr}`).not.toMatch(/\n\s+at /);
    });

    it('counts the issues past the ones a parse lists', async () => {
      const response = JSON.parse(await readFile(f('response.json'), 'utf8')) as {
        answers: Record<string, unknown>;
      };
      for (let i = 0; i < 150; i++)
        response.answers[`unknown-${i}`] = { value: 1, answeredAt: '2026-03-25T09:30:00Z' };
      const path = join(dir, 'many-issues.json');
      await writeFile(path, JSON.stringify(response));
      const { code, stdout } = await dtc(['validate', path]);
      expect(code).toBe(1);
      expect(stdout).toContain(`${path}: 150 issues (response)\n`);
      expect(stdout).toContain(`${path}: And 50 more issues, not listed [too-many-issues]\n`);
    });

    it('a usage mistake exits 2', async () => {
      const { code, stderr } = await dtc(['validate', '--as', 'poem', f('response.json')]);
      expect(code).toBe(2);
      expect(stderr).toContain("option '--as <kind>' argument 'poem' is invalid");
    });

    it('an invalid --framework ends before any file is read', async () => {
      const { code, stderr } = await dtc([
        'validate',
        '--framework',
        f('invalid-framework.json'),
        f('mini-response-a.json'),
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain(
        `dtc: ${f('invalid-framework.json')}: not a valid framework (3 issues):\n  pillars[0]`,
      );
    });
  });

  it('shows an example in --help', async () => {
    const { stdout } = await dtc(['validate', '--help']);
    expect(stdout).toContain('$ dtc validate response.json action-plan.json');
  });
});
