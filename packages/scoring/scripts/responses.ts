/**
 * The responses that the scoring benchmarks score: random but valid responses to a framework
 * (the bundled six-pillars one, or a generated one of similar size), from a seeded PRNG, so
 * that every run scores the same responses. They share their answer objects (one pool of
 * valid answers per question), which keeps 100,000 responses in about 450 MB.
 */
import type { Answer, Framework, Question, Response } from '@dtc/schema';
import { RESPONDENT_ROLES } from '@dtc/schema';
import { choice, component, framework, pillar, rubric, yesNo } from '../src/testing/fixtures.js';
import { prng } from '../../../scripts/prng.mjs';

/** A generated framework of the six-pillars size: 6 pillars × 4 components × 4 questions. */
function synthetic(): Framework {
  const levels = [1, 2, 3, 4];
  const pillars = Array.from({ length: 6 }, (_, p) =>
    pillar(
      `p${p}`,
      Array.from({ length: 4 }, (_, c) =>
        component(
          `c${p}-${c}`,
          Array.from({ length: 4 }, (_, q): Question => {
            const id = `q${p}-${c}-${q}`;
            const extra = { allowNotApplicable: q === 1, allowDontKnow: true };
            if (q === 2)
              return choice(id, Object.fromEntries(levels.map((l) => [`o${l}`, l])), extra);
            if (q === 3) return yesNo(id, 4, 1, extra);
            return rubric(id, levels.length, extra);
          }),
        ),
      ),
      { foundational: p === 1 || p === 5 },
    ),
  );
  return { ...framework(levels.length, pillars), id: 'synthetic' };
}

export async function loadFramework(syntheticOne: boolean): Promise<Framework> {
  if (syntheticOne) return synthetic();
  const { sixPillars } = await import('@dtc/framework');
  return sixPillars;
}

/** Valid answers per question, shared between responses (answers are immutable data). */
function answerPools(framework: Framework): { question: Question; pool: Answer[] }[] {
  const at = '2026-03-25T09:30:00.000Z';
  const make = (value: Answer['value'], i: number): Answer =>
    i % 3 === 0 ? { value, answeredAt: at, confidence: 'low' } : { value, answeredAt: at };
  return framework.pillars.flatMap((p) =>
    p.components.flatMap((c) =>
      c.questions.map((question) => {
        const values: Answer['value'][] =
          question.kind === 'rubric'
            ? question.descriptors.map((d) => d.level)
            : question.kind === 'choice'
              ? question.options.map((o) => o.id)
              : question.kind === 'boolean'
                ? ['yes', 'no']
                : ['A free-text remark.'];
        return { question, pool: [...values, ...values].map(make) };
      }),
    ),
  );
}

/**
 * How the answers object of each response is laid out in memory:
 * - `parsed`: as `JSON.parse`, `parseResponse` and the questionnaire's elements make it, an
 *   object of its own shape (V8's "fast" properties, in a hidden class per set of ids);
 * - `assigned`: as a loop of `answers[id] = …` makes it, which V8 turns into a hash table
 *   (dictionary mode) after about twenty properties;
 * - `json`: every response written to JSON and read back, as one loaded from a file or from
 *   storage is: laid out as `parsed`, and each answer is its own object (about 3× the memory).
 */
export type Layout = 'parsed' | 'assigned' | 'json';

/** The layout that the `--layout` and `--json` options of the benchmark scripts ask for. */
export function layoutOf(options: ReadonlyMap<string, string>): Layout {
  if (options.has('json')) return 'json';
  return options.get('layout') === 'assigned' ? 'assigned' : 'parsed';
}

export function generate(
  framework: Framework,
  count: number,
  layout: Layout = 'parsed',
): Response[] {
  const random = prng(20260325);
  const pools = answerPools(framework);
  const na: Answer = { value: 'na', answeredAt: '2026-03-25T09:30:00.000Z' };
  const dk: Answer = { value: 'dont-know', answeredAt: '2026-03-25T09:30:00.000Z' };
  const out: Response[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const answers: Record<string, Answer> = {};
    for (const { question, pool } of pools) {
      const r = random();
      if (r < 0.08) continue; // unanswered
      if (r < 0.12 && question.allowNotApplicable) answers[question.id] = na;
      else if (r < 0.16 && question.allowDontKnow) answers[question.id] = dk;
      else answers[question.id] = pool[Math.floor(random() * pool.length)]!;
    }
    const response: Response = {
      format: 'dtc.response',
      version: 1,
      framework: { id: framework.id, version: framework.version },
      respondent: { role: RESPONDENT_ROLES[i % RESPONDENT_ROLES.length]! },
      answers: layout === 'parsed' ? parsedCopy(answers) : answers,
      history: [],
    };
    // The JSON round trip lays the copy out as `parsed` does, from the cheaper `assigned`.
    out[i] = layout === 'json' ? (JSON.parse(JSON.stringify(response)) as Response) : response;
  }
  return out;
}

/** The same answers (the same objects) in an object laid out as `JSON.parse` lays one out. */
function parsedCopy(answers: Record<string, Answer>): Record<string, Answer> {
  const keys = Object.keys(answers);
  const copy = JSON.parse(`{${keys.map((k) => `${JSON.stringify(k)}:null`).join(',')}}`) as Record<
    string,
    Answer
  >;
  for (const k of keys) copy[k] = answers[k]!;
  return copy;
}
