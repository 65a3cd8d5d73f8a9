/**
 * `dtc explain RESPONSE ID`: why a score is what it is, as the sum of its parts (`explain`
 * of @dtc/scoring): a component's questions, a pillar's components, or the overall score's
 * pillars. Each part's share is the points it adds; the shares add up to the score.
 */
import type { Command } from 'commander';
import type { Framework } from '@dtc/schema';
import { explain, OVERALL_ID, type Explanation } from '@dtc/scoring';
import { CliError } from '../errors.js';
import { frameworkOption, loadFramework } from '../frameworks.js';
import { readOne } from '../io/one.js';
import { rounded } from '../output/numbers.js';
import { write } from '../output/write.js';
import { formatOption, mdWriter, type OutputFormat } from '../output/writers.js';
import type { Io } from '../program.js';

function known(framework: Framework): string {
  const ids = framework.pillars.flatMap((p) => [p.id, ...p.components.map((c) => c.id)]);
  return `${OVERALL_ID}, ${ids.slice(0, 4).join(', ')}… (${ids.length} pillar and component ids in all)`;
}

/** The explanation as Markdown: a line with the score, then a table of its parts. */
async function writeMarkdown(io: Io, e: Explanation): Promise<void> {
  const score =
    e.score === null ? 'no score (nothing answered)' : `${rounded(e.score, 1)}, level ${e.level}`;
  await write(io.stdout, `${e.kind} ${e.id}: ${score}\n\n`);
  if (e.kind === 'component') {
    const w = mdWriter(
      io.stdout,
      ['question', 'answer', 'level', 'score', 'weight', 'share', 'status'],
      new Set(['level', 'score', 'weight', 'share']),
    );
    for (const q of e.items)
      await w.write({
        question: q.questionId,
        answer: q.value,
        level: q.level,
        score: rounded(q.questionScore, 1),
        weight: q.weight,
        share: rounded(q.share, 2),
        status: q.status,
      });
    await w.end();
  } else {
    const w = mdWriter(
      io.stdout,
      [e.kind === 'pillar' ? 'component' : 'pillar', 'score', 'level', 'weight', 'share', 'status'],
      new Set(['score', 'level', 'weight', 'share']),
    );
    for (const p of e.items)
      await w.write({
        [e.kind === 'pillar' ? 'component' : 'pillar']: p.id,
        score: rounded(p.score, 1),
        level: p.level,
        weight: p.weight,
        share: rounded(p.share, 2),
        status: p.status,
      });
    await w.end();
  }
}

const HELP = `
ID is a component id (its questions), a pillar id (its components) or "overall" (the
pillars). A part's share is the points it adds to the score: weight x score / the weights of
the parts scored; the shares add up to the score. Markdown rounds; JSON keeps every digit.

Examples:
  $ dtc explain response.json data-evidence
  $ dtc explain response.json emis-coverage --format json
`;

export function register(program: Command, io: Io): void {
  const cmd = program
    .command('explain')
    .description("show how a response's score for a component, a pillar or overall adds up")
    .argument('<response>', 'a file holding one response ("-": standard input)')
    .argument('<id>', `a component or pillar id, or "${OVERALL_ID}"`);
  formatOption(frameworkOption(cmd), 'md', ['md', 'json'])
    .addHelpText('after', HELP)
    .action(
      async (path: string, id: string, options: { framework?: string; format: OutputFormat }) => {
        const framework = await loadFramework(options.framework, io);
        const { response } = await readOne(path, { framework, stdin: io.stdin });
        const explanation = explain(framework, response!, id);
        if (!explanation)
          throw new CliError(
            `no component or pillar "${id}" in framework "${framework.id}"; try ${known(framework)}.`,
          );
        if (options.format === 'json')
          await write(io.stdout, `${JSON.stringify(explanation, null, 2)}\n`);
        else await writeMarkdown(io, explanation);
      },
    );
}
