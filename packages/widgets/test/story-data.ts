/**
 * Data and wrappers for the Storybook stories of the results, chart and plan elements
 * (imported by `*.stories.ts` only, never by an element): the bundled framework, responses
 * answered at chosen levels, a plan, and dark and right-to-left frames.
 */
import { sixPillars } from '@dtc/framework';
import {
  newPlanAction,
  type ActionPlan,
  type Answer,
  type Question,
  type Response,
} from '@dtc/schema';
import { html, type TemplateResult } from 'lit';

export const framework = sixPillars;

const AT = '2026-03-25T09:30:00.000Z';

function answerFor(q: Question, level: number): Answer['value'] | null {
  switch (q.kind) {
    case 'rubric':
      return level;
    case 'choice':
      return [...q.options].sort(
        (a, b) => Math.abs(a.level - level) - Math.abs(b.level - level),
      )[0]!.id;
    case 'boolean':
      return Math.abs(q.yesLevel - level) <= Math.abs(q.noLevel - level) ? 'yes' : 'no';
    default:
      return null;
  }
}

/**
 * A response to the bundled framework: component k (in framework order) answered at
 * `levels[k % levels.length]`, for the first `share` of the components.
 */
export function storyResponse(
  levels: number[] = [1, 2, 3, 2, 4, 1, 3],
  share = 1,
  respondent: Response['respondent'] = { role: 'ministry-education', country: 'SEN' },
): Response {
  const components = framework.pillars.flatMap((p) => p.components);
  const answers: Record<string, Answer> = {};
  components.slice(0, Math.round(components.length * share)).forEach((c, k) => {
    for (const q of c.questions) {
      const value = answerFor(q, levels[k % levels.length]!);
      if (value !== null) answers[q.id] = { value, answeredAt: AT };
    }
  });
  const first = components[1]?.questions[0];
  if (first && answers[first.id]) {
    answers[first.id] = {
      ...answers[first.id]!,
      comment: 'Agreed at the workshop; the regional offices see it differently.',
      evidence: ['https://example.org/national-digital-strategy.pdf'],
    };
  }
  return {
    format: 'dtc.response',
    version: 1,
    framework: { id: framework.id, version: framework.version },
    respondent,
    answers,
    history: [],
    completedAt: '2026-03-25T16:00:00.000Z',
  };
}

/** The same response after a deep dive: two components raised, the earlier answers in the history. */
export function afterDeepDive(before: Response): Response {
  const raised = framework.pillars[1]!.components.slice(0, 2).flatMap((c) => c.questions);
  const answers = { ...before.answers };
  const history: Response['history'] = [];
  for (const q of raised) {
    const old = answers[q.id];
    const value = answerFor(q, 3);
    if (!old || value === null) continue;
    history.push({
      questionId: q.id,
      answer: { ...old, answeredAt: '2026-03-25T08:00:00.000Z' },
      replacedAt: '2026-03-25T14:00:00.000Z',
      round: 'before deep dive',
    });
    answers[q.id] = { value, answeredAt: '2026-03-25T14:00:00.000Z' };
  }
  for (const [id, a] of Object.entries(answers)) {
    if (!history.some((h) => h.questionId === id))
      answers[id] = { ...a, answeredAt: '2026-03-25T08:00:00.000Z' };
  }
  return { ...before, answers, history };
}

/** A plan on two of the bundled framework's components. */
export function storyPlan(): ActionPlan {
  const [connectivity, data] = [framework.pillars[1]!, framework.pillars[5]!];
  const outcomes = framework.outcomes ?? [];
  const outcome = (i: number): string => outcomes[i % Math.max(1, outcomes.length)]?.id ?? 'access';
  return {
    format: 'dtc.action-plan',
    version: 2,
    framework: { id: framework.id, version: framework.version },
    title: 'National digital education plan 2026–2030',
    priorities: [connectivity.components[0]!.id, data.components[0]!.id],
    actions: [
      newPlanAction({
        id: 'action-1',
        priority: connectivity.components[0]!.id,
        pillar: connectivity.id,
        title: 'Map the connectivity of every school',
        horizon: 'short',
        owner: 'Ministry of ICT',
        targetLevel: 2,
        outcome: outcome(0),
      }),
      newPlanAction({
        id: 'action-2',
        priority: connectivity.components[0]!.id,
        pillar: framework.pillars[2]!.id,
        title: 'Pool procurement of school connections',
        horizon: 'medium',
        owner: 'Ministry of finance',
        targetLevel: 3,
        outcome: outcome(1),
        notes: 'Start with the two regions with the lowest connection rates.',
      }),
      newPlanAction({
        id: 'action-3',
        priority: data.components[0]!.id,
        pillar: data.id,
        title: 'Publish a yearly EMIS dashboard',
        horizon: 'long',
        owner: '',
        targetLevel: 3,
        outcome: outcome(2),
      }),
    ],
    team: [],
    pillarPriorities: {},
    history: [],
  };
}

// Set through the DOM (a property binding), not a style attribute, which a strict
// Content-Security-Policy (style-src 'self') blocks.
const DARK = [
  'color-scheme: dark;',
  'background: #14171b;',
  'color: #e8eaed;',
  'padding: 1rem;',
  '--dtc-color-text: #e8eaed;',
  '--dtc-color-text-muted: #b4bcc6;',
  '--dtc-color-background: #14171b;',
  '--dtc-color-surface: #1e2329;',
  '--dtc-color-border: #8d96a1;',
  '--dtc-color-accent: #8cc4ff;',
  '--dtc-color-on-accent: #0b1a2a;',
  '--dtc-color-accent-soft: #1d3550;',
  '--dtc-color-danger: #ffb4ab;',
  '--dtc-color-danger-soft: #3b1513;',
  '--dtc-color-success: #8fd9a1;',
  '--dtc-color-focus: #ffb37a;',
  '--dtc-color-level-1: #ff9a8f;',
  '--dtc-color-level-2: #ffb869;',
  '--dtc-color-level-3: #7fd0ea;',
  '--dtc-color-level-4: #8fd9a1;',
  '--dtc-color-series-1: #8cc4ff;',
  '--dtc-color-series-2: #e3a6e8;',
  '--dtc-color-series-3: #ffb869;',
  '--dtc-color-series-4: #e8eaed;',
].join(' ');

/** Dark colours as a dark page would give them (the tokens' dark fallbacks). */
export function dark(content: unknown): TemplateResult {
  return html`<div .style=${DARK}>${content}</div>`;
}

/** A right-to-left frame. */
export function rtl(content: unknown): TemplateResult {
  return html`<div dir="rtl">${content}</div>`;
}
