/**
 * `dtc compare BEFORE AFTER`: how the scores moved between two responses (or two results),
 * with `compareResults` of @dtc/scoring. Responses made with two versions of the bundled
 * framework are compared on what both versions measure (`compareAcrossVersions`).
 */
import type { Command } from 'commander';
import type { Comparison, ComparisonEntry, Framework, Result } from '@dtc/schema';
import { compareAcrossVersions, compareResults, scoreResponse } from '@dtc/scoring';
import { CliError } from '../errors.js';
import { bundledVersions, frameworkOption, loadFramework } from '../frameworks.js';
import { readOne, type One } from '../io/one.js';
import { rounded } from '../output/numbers.js';
import { write } from '../output/write.js';
import {
  formatOption,
  mdWriter,
  csvWriter,
  type OutputFormat,
  type Row,
} from '../output/writers.js';
import type { Io } from '../program.js';
import { styleFor } from '../output/style.js';

const COLUMNS = ['part', 'id', 'before', 'after', 'delta', 'beforeLevel', 'afterLevel'];

function rows(c: Comparison, digits: number): Row[] {
  const row = (part: string, e: ComparisonEntry): Row => ({
    part,
    id: e.id,
    before: rounded(e.before, digits),
    after: rounded(e.after, digits),
    delta: rounded(e.delta, digits),
    beforeLevel: e.beforeLevel,
    afterLevel: e.afterLevel,
  });
  return [
    row('overall', c.overall),
    ...c.pillars.map((p) => row('pillar', p)),
    ...c.components.map((p) => row('component', p)),
  ];
}

async function compareOnes(
  before: One,
  after: One,
  framework: Framework,
  bundled: boolean,
): Promise<Comparison> {
  if (before.response && after.response) {
    const b = before.response.framework;
    const a = after.response.framework;
    if (b.version !== a.version) {
      if (!bundled)
        throw new CliError(
          `the two responses are of versions ${b.version} and ${a.version}; compare responses of one version (run "dtc migrate" first).`,
        );
      const versions = await bundledVersions();
      const of = (v: string) => versions.frameworks.find((f) => f.version === v)!;
      const i = versions.frameworks.indexOf(of(b.version));
      if (i + 1 !== versions.frameworks.indexOf(of(a.version)))
        throw new CliError(
          `the before response (${b.version}) must be of the version just before the after one (${a.version}).`,
        );
      const out = compareAcrossVersions(
        { response: before.response, framework: of(b.version) },
        { response: after.response, framework: of(a.version) },
        versions.mappings[i]!,
      );
      if (!out.ok) throw new CliError(out.issues.map((x) => x.message).join('; '));
      return out.comparison;
    }
  }
  const score = (one: One): Result => one.result ?? scoreResponse(framework, one.response!);
  return compareResults(score(before), score(after));
}

const HELP = `
BEFORE and AFTER each hold one response, or one result (a line of "dtc score"). Responses
of versions 1.0.0 and 2.0.0 of the bundled framework are compared on the questions both
measure the same way. Markdown lists the overall score, each pillar and each component
(before, after, delta in points, levels) and the components that rose or fell.

Examples:
  $ dtc compare baseline.json after-deep-dive.json
  $ dtc compare baseline.json after-deep-dive.json --format json
`;

export function register(program: Command, io: Io): void {
  const cmd = program
    .command('compare')
    .description('show how the scores moved between two responses or results')
    .argument('<before>', 'a file holding one response or result')
    .argument('<after>', 'a file holding one response or result');
  formatOption(frameworkOption(cmd), 'md', ['md', 'json', 'csv'])
    .addHelpText('after', HELP)
    .action(
      async (
        beforePath: string,
        afterPath: string,
        options: { framework?: string; format: OutputFormat },
      ) => {
        const framework = await loadFramework(options.framework, io);
        const bundled = options.framework === undefined;
        const versions = bundled ? (await bundledVersions()).frameworks : [];
        const read = (path: string) =>
          readOne(path, { framework, versions, stdin: io.stdin, results: true });
        const comparison = await compareOnes(
          await read(beforePath),
          await read(afterPath),
          framework,
          bundled,
        );
        if (options.format === 'json') {
          await write(io.stdout, `${JSON.stringify(comparison, null, 2)}\n`);
          return;
        }
        if (options.format === 'csv') {
          const w = csvWriter(io.stdout, COLUMNS);
          for (const row of rows(comparison, 2)) await w.write(row);
          await w.end();
          return;
        }
        const s = styleFor(io.stdout);
        if (!comparison.comparable)
          await write(
            io.stdout,
            `${s.yellow('Not comparable:')} the two come from different frameworks.\n\n`,
          );
        if (comparison.basis)
          await write(
            io.stdout,
            `Compared on the ${comparison.basis.questions.length} questions both versions measure the same way (${comparison.basis.excluded.length} left out).\n\n`,
          );
        const w = mdWriter(io.stdout, COLUMNS, new Set(COLUMNS.slice(2)));
        for (const row of rows(comparison, 1)) await w.write(row);
        await w.end();
        await write(
          io.stdout,
          `\nImproved: ${comparison.improved.join(', ') || 'none'}\nDeclined: ${comparison.declined.join(', ') || 'none'}\n`,
        );
      },
    );
}
