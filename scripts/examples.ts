// Writes the sample files of docs/examples/: a complete response to the six-pillars
// framework, its result from the scoring engine, and an action plan built on that result's
// priorities. `npm run examples` rewrites them; packages/scoring/test/docs-examples.test.ts
// checks that they validate and that the result is what the engine gives today.
//
// The answers follow a fixed pattern (no randomness), so the files only change when the
// framework or the engine does.
import { writeFileSync } from 'node:fs';
import { sixPillars } from '@dtc/framework';
import {
  newActionPlan,
  newPlanAction,
  parseActionPlan,
  parseResponse,
  type Answer,
  type ActionPlan,
  type ResponseInput,
} from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';

const out = new URL('../docs/examples/', import.meta.url);
const write = (name: string, value: unknown) =>
  writeFileSync(new URL(name, out), `${JSON.stringify(value, null, 2)}\n`);

const answeredAt = (day: number) => `2026-03-${String(10 + day).padStart(2, '0')}T09:30:00Z`;

/** A country team's honest picture: strong coordination, weak data, a few unknowns. */
const pillarLevel: Record<string, number> = {
  'coordination-leadership': 3,
  'connectivity-infrastructure': 2,
  'cost-sustainability': 2,
  'capacity-culture': 3,
  'content-solutions': 2,
  'data-evidence': 1,
};

const answers: Record<string, Answer> = {};
let n = 0;
for (const pillar of sixPillars.pillars) {
  for (const component of pillar.components) {
    for (const question of component.questions) {
      n += 1;
      const day = pillar.components.indexOf(component);
      const base = pillarLevel[pillar.id] ?? 2;
      let value: Answer['value'];
      switch (question.kind) {
        case 'rubric':
          // One question in nine is "don't know"; the others vary by one level around the pillar.
          value = n % 9 === 0 ? 'dont-know' : Math.min(4, Math.max(1, base + ((n % 3) - 1)));
          break;
        case 'choice':
          value =
            question.options?.[Math.min(base, question.options.length) - 1]?.id ?? 'dont-know';
          break;
        case 'boolean':
          value = n % 2 === 0 ? 'yes' : 'no';
          break;
        default:
          value = 'The national platform is run by the ministry’s ICT directorate.';
      }
      answers[question.id] = {
        value,
        answeredAt: answeredAt(day),
        confidence: n % 4 === 0 ? 'low' : n % 4 === 1 ? 'medium' : 'high',
        ...(n % 7 === 0 ? { comment: 'Discussed with the regional offices in the workshop.' } : {}),
        ...(n % 11 === 0
          ? { evidence: ['https://www.example.org/ministry/annual-report-2025'] }
          : {}),
      };
    }
  }
}

const firstRubric = sixPillars.pillars[0]!.components[0]!.questions.find(
  (q) => q.kind === 'rubric',
)!;

const input: ResponseInput = {
  format: 'dtc.response',
  version: 1,
  id: 'sample-country-2026',
  label: 'National self-assessment, March 2026',
  framework: { id: sixPillars.id, version: sixPillars.version },
  respondent: {
    role: 'ministry-education',
    organisation: 'Ministry of Education, planning directorate',
    country: 'SEN',
  },
  answers,
  // One answer revised after the deep dive: the first round's answer is kept in history.
  history: [
    {
      questionId: firstRubric.id,
      answer: { value: 2, answeredAt: answeredAt(0), confidence: 'medium' },
      replacedAt: answeredAt(3),
      round: 'before deep dive',
    },
  ],
  createdAt: answeredAt(0),
  updatedAt: answeredAt(5),
  completedAt: answeredAt(5),
};

const parsed = parseResponse(input, sixPillars);
if (!parsed.ok)
  throw new Error(`sample response does not validate: ${JSON.stringify(parsed.issues)}`);
const result = scoreResponse(sixPillars, parsed.value);

const chosen = result.priorities.slice(0, 3);
const pillarOf = (componentId: string) =>
  sixPillars.pillars.find((p) => p.components.some((c) => c.id === componentId))!.id;
// Per pillar, its own priority: the first ranked component of that pillar.
const pillarPriorities = Object.fromEntries(
  sixPillars.pillars.flatMap((p) => {
    const first = result.priorities.find((r) => pillarOf(r.componentId) === p.id);
    return first ? [[p.id, first.componentId]] : [];
  }),
);
const plan: ActionPlan = newActionPlan(sixPillars, {
  title: 'National action plan for digital education 2026–2029',
  country: 'SEN',
  period: { from: 2026, to: 2029 },
  currency: 'XOF',
  team: [
    { name: 'Awa Ndiaye', role: 'ministry-education', title: 'Director of planning' },
    { name: 'Moussa Diop', role: 'ministry-ict', title: 'Digital infrastructure adviser' },
    { name: 'Fatou Sarr', role: 'ministry-finance', title: 'Budget officer' },
  ],
  priorities: chosen.map((p) => p.componentId),
  pillarPriorities,
  actions: chosen.flatMap((priority, i) => [
    newPlanAction({
      id: `action-${i + 1}-a`,
      priority: priority.componentId,
      pillar: pillarOf(priority.componentId),
      title: `Agree a costed roadmap for ${priority.componentId.replaceAll('-', ' ')}`,
      horizon: 'short',
      owner: 'Planning directorate',
      lead: 'Ministry of Education, planning directorate',
      partners: [{ name: 'Ministry of Finance', role: 'funding' }],
      targetLevel: 2,
      outcome: sixPillars.outcomes[i % sixPillars.outcomes.length]!.id,
      status: i === 0 ? 'in-progress' : 'planned',
      cost: {
        amount: 45_000_000,
        currency: 'XOF',
        kind: 'capital',
        years: { from: 2026, to: 2026 },
        budgeted: true,
      },
      funding: [{ source: { text: 'National budget' }, share: 100, status: 'secured' }],
      indicators: [
        {
          name: 'Roadmap adopted by the ministry',
          unit: 'yes/no',
          target: { value: 1, year: 2026 },
          source: 'Ministerial order',
          component: priority.componentId,
        },
      ],
      milestones: [
        { what: 'Draft shared with the country team', year: 2026, quarter: 2, done: i === 0 },
        { what: 'Roadmap adopted', year: 2026, quarter: 4, done: false },
      ],
      alignment: {
        objective: 'Sector plan objective 3: quality and relevance of learning',
        budgetLine: 'Programme 2: planning and management',
      },
    }),
    newPlanAction({
      id: `action-${i + 1}-b`,
      priority: priority.componentId,
      // Actions cross pillars: the second one works through capacity and culture.
      pillar: 'capacity-culture',
      title: 'Train the regional teams who will carry the roadmap',
      horizon: 'medium',
      owner: 'Teacher-training institute',
      lead: 'National teacher-training institute',
      partners: [
        { name: 'Development partner', role: 'funding' },
        { name: 'Regional education offices', role: 'delivery' },
      ],
      targetLevel: 3,
      outcome: sixPillars.outcomes[(i + 1) % sixPillars.outcomes.length]!.id,
      notes: 'Funded from the education sector plan; the partner covers the first cohort.',
      cost: {
        amount: 30_000_000,
        currency: 'XOF',
        kind: 'recurrent',
        years: { from: 2027, to: 2029 },
        budgeted: false,
      },
      funding: [
        { source: { model: 'blended-finance' }, amount: 30_000_000, status: 'secured' },
        { source: { model: 'multi-year-budgeting' }, amount: 40_000_000, status: 'requested' },
        { source: { text: 'To be found' }, amount: 20_000_000, status: 'gap' },
      ],
      indicators: [
        {
          name: 'Regional trainers certified',
          unit: 'trainers',
          baseline: { value: 0, year: 2026 },
          target: { value: 140, year: 2029 },
          source: 'Institute records',
        },
      ],
      milestones: [{ what: 'First cohort certified', year: 2027, quarter: 4, done: false }],
      dependsOn: [`action-${i + 1}-a`],
      risks: 'Trainer turnover in remote regions.',
    }),
  ]),
  history: [
    { at: answeredAt(6), by: 'Awa Ndiaye', change: 'created' },
    {
      at: answeredAt(6),
      by: 'Fatou Sarr',
      change: 'action-changed',
      action: 'action-1-b',
      detail: 'cost, funding',
    },
  ],
  updatedAt: answeredAt(6),
});
const checked = parseActionPlan(plan, sixPillars);
if (!checked.ok)
  throw new Error(`sample plan does not validate: ${JSON.stringify(checked.issues)}`);

write('response.json', input);
write('result.json', result);
write('action-plan.json', plan);
console.log(`wrote docs/examples/{response,result,action-plan}.json (${n} answers)`);
