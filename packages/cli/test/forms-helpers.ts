/** Running `dtc` in a test (fake streams, the exit code and what was written), and a framework with every kind of question. */
import { PassThrough, Readable } from 'node:stream';
import { sixPillars } from '@dtc/framework';
import { formatIssues, parseFramework, type Framework, type Question } from '@dtc/schema';
import { run, type Io } from '../src/program.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

export async function dtc(args: readonly string[], stdin = ''): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (c: Buffer) => out.push(c.toString('utf8')));
  stderr.on('data', (c: Buffer) => err.push(c.toString('utf8')));
  const io: Io = { stdin: Readable.from([stdin]), stdout, stderr };
  const code = await run(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/**
 * A framework with every kind of question, for the forms: in its first component a yes/no
 * question that takes "not applicable" but not "don't know", a choice question that takes
 * neither, a rubric question whose id starts with a digit, and a text question.
 */
export function variedFramework(): Framework {
  const framework = structuredClone(sixPillars) as Framework;
  framework.id = 'varied-forms';
  framework.version = '1.2.3';
  const text = (words: string): Record<string, string> =>
    Object.fromEntries(framework.locales.map((l) => [l, `${words} [${l}]`]));
  const questions: Question[] = [
    {
      id: 'has-policy',
      kind: 'boolean',
      title: text('Is there a policy?'),
      help: text('A policy adopted by the cabinet.'),
      yesLevel: 4,
      noLevel: 1,
      allowNotApplicable: true,
      allowDontKnow: false,
    },
    {
      id: 'funding',
      kind: 'choice',
      title: text('How is it funded?'),
      options: [
        { id: 'fully-funded', label: text('Fully'), level: 4 },
        { id: 'partly-funded', label: text('Partly'), level: 2 },
        { id: 'not-funded', label: text('Not at all'), level: 1 },
      ],
    },
    {
      id: '3d-labs',
      kind: 'rubric',
      title: text('3D printing labs'),
      descriptors: [1, 2, 3, 4].map((level) => ({ level, text: text(`Labs at level ${level}`) })),
    },
    { id: 'notes', kind: 'text', title: text('Notes'), maxLength: 200, allowDontKnow: true },
  ];
  framework.pillars[0]!.components[0]!.questions = questions;
  const parsed = parseFramework(framework);
  if (!parsed.ok) throw new Error(formatIssues(parsed.issues));
  return parsed.value;
}
