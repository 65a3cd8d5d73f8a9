// The command line as a data team installs it (`@dtc/cli`, bin `dtc`):
// - the tarball holds the built program and no test file;
// - `npx dtc --version` and `--help` answer;
// - `dtc validate`, `dtc score` (NDJSON on standard input) and `dtc report --format html` run
//   from the installed package on the repository's example files, with their exit codes;
// - a missing file ends with a sentence on standard error and exit code 1, no stack trace.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const name = 'cli';

const TEST_FILE = /(^|\/)(tests?|__tests__|fixtures)\/|\.(test|spec)\.[cm]?[jt]sx?$|\.test\.d\.ts$/;
const EXAMPLES = resolve(fileURLToPath(new URL('../../../docs/examples', import.meta.url)));

export default async function check(ctx) {
  const pkg = ctx.packages.find((p) => p.name === '@dtc/cli');
  if (!pkg) throw new Error('@dtc/cli is not among the packed packages');
  const dir = join(ctx.dir, 'cli');
  mkdirSync(dir, { recursive: true });
  const bin = join(ctx.dir, 'node_modules', '.bin', 'dtc');
  const dtc = (args, input) =>
    spawnSync(bin, args, { cwd: dir, encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });

  const files = ctx
    .run('tar', ['-tzf', pkg.tarball])
    .stdout.split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));
  const tests = files.filter((f) => TEST_FILE.test(f));
  if (tests.length || !files.includes('dist/bin.js'))
    ctx.fail(
      'the @dtc/cli tarball',
      new Error(`test files: ${tests.join(', ')}; bin: ${files.includes('dist/bin.js')}`),
    );
  else ctx.pass(`the @dtc/cli tarball: ${files.length} files, dist/bin.js, no test file`);

  const steps = [
    [
      'npx dtc --version',
      () => {
        const out = ctx
          .run('npx', ['--no-install', 'dtc', '--version'], { cwd: dir })
          .stdout.trim();
        if (out !== pkg.manifest.version)
          throw new Error(`printed "${out}", not ${pkg.manifest.version}`);
        return out;
      },
    ],
    [
      'dtc --help lists the commands',
      () => {
        const out = dtc(['--help']);
        for (const command of ['validate', 'score', 'aggregate', 'report'])
          if (!out.stdout.includes(command)) throw new Error(`no "${command}" in:\n${out.stdout}`);
        return 'validate, score, aggregate, report…';
      },
    ],
    [
      'dtc validate on the example response and plan',
      () => {
        const out = dtc([
          'validate',
          join(EXAMPLES, 'response.json'),
          join(EXAMPLES, 'action-plan.json'),
        ]);
        if (out.status !== 0) throw new Error(`exit ${out.status}:\n${out.stdout}${out.stderr}`);
        return out.stdout.trim().split('\n').at(-1);
      },
    ],
    [
      'dtc score reads NDJSON on standard input',
      () => {
        const line = JSON.stringify(
          JSON.parse(readFileSync(join(EXAMPLES, 'response.json'), 'utf8')),
        );
        const out = dtc(['score', '-', '--format', 'ndjson'], `${line}\n${line}\n`);
        const results = out.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l));
        if (out.status !== 0 || results.length !== 2)
          throw new Error(`exit ${out.status}, ${results.length} results:\n${out.stderr}`);
        return `2 results, exit 0`;
      },
    ],
    [
      'dtc report --format html from the installed package (server-rendered elements)',
      () => {
        const out = dtc(['report', join(EXAMPLES, 'response.json'), '--format', 'html']);
        if (out.status !== 0 || !out.stdout.includes('<svg') || /<script/i.test(out.stdout))
          throw new Error(`exit ${out.status}, ${out.stdout.length} bytes:\n${out.stderr}`);
        return `${(out.stdout.length / 1024).toFixed(0)} KB of HTML with inline SVG, no script`;
      },
    ],
    [
      'a missing file: a sentence, exit 1, no stack trace',
      () => {
        const out = dtc(['score', 'no-such-file.json']);
        if (
          out.status !== 1 ||
          !out.stderr.includes('no-such-file.json') ||
          /\n\s+at /.test(out.stderr)
        )
          throw new Error(`exit ${out.status}:\n${out.stderr}`);
        return out.stderr.trim().split('\n')[0];
      },
    ],
  ];
  for (const [what, step] of steps) {
    try {
      ctx.pass(`${what}: ${step()}`);
    } catch (error) {
      ctx.fail(what, error);
    }
  }
}
