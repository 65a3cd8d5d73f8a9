/**
 * `dtc template csv`: the header of the CSV file that `score`, `aggregate` and the other
 * commands reading responses accept (io/records.ts): the respondent and response columns,
 * then one column per question of the framework, in the framework's order.
 */
import type { Command } from 'commander';
import type { Framework } from '@dtc/schema';
import { usage } from '../errors.js';
import { frameworkOption, loadFramework } from '../frameworks.js';
import { COMMENT_SUFFIX, CSV_META_COLUMNS } from '../io/records.js';
import { csvWriter } from '../output/writers.js';
import type { Io } from '../program.js';

/** The columns of the CSV of responses to `framework`, with comment columns if asked. */
export function csvTemplateColumns(framework: Framework, comments = false): string[] {
  const questions = framework.pillars.flatMap((p) =>
    p.components.flatMap((c) => c.questions.map((q) => q.id)),
  );
  return [
    ...CSV_META_COLUMNS,
    ...questions.flatMap((id) => (comments ? [id, `${id}${COMMENT_SUFFIX}`] : [id])),
  ];
}

const HELP = `
The CSV has one row per response. Its columns, each optional but respondent.role:
  response.id, response.label        the assessment's id and label
  respondent.role                    ministry-education, ministry-ict, ministry-finance,
                                     regional-office, school, teacher-training, partner, other
  respondent.roleDetail, .name, .organisation, .country (ISO 3166 alpha-3, e.g. SEN)
  framework.version                  the framework's version (default: the framework's own)
  response.createdAt, .updatedAt, .completedAt   ISO 8601 date-times
  <question id>                      the answer: a level 1-7 (rubric), an option id (choice),
                                     yes/no (boolean), text, na or dont-know; empty: unanswered
  <question id>.comment              the answer's comment (with --comments)
An answer's time is response.completedAt, else .updatedAt, else .createdAt, else the moment
the file is read. Any other column is an error that names it.

Example:
  $ dtc template csv > responses.csv
  $ dtc template csv --comments --framework my-framework.json > responses.csv
`;

export function register(program: Command, io: Io): void {
  const cmd = program
    .command('template')
    .description('write the header of a CSV file of responses, one column per question')
    .argument('<kind>', 'what to write: csv')
    .option('--comments', 'add a comment column after each question');
  frameworkOption(cmd)
    .addHelpText('after', HELP)
    .action(async (kind: string, options: { comments?: boolean; framework?: string }) => {
      if (kind !== 'csv') throw usage(`template: unknown kind "${kind}"; the one kind is csv.`);
      const framework = await loadFramework(options.framework, io);
      const writer = csvWriter(io.stdout, csvTemplateColumns(framework, options.comments));
      await writer.end();
    });
}
