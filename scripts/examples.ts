// Writes the sample files of docs/examples/: a complete response to the six-pillars
// framework, its result from the scoring engine, and an action plan built on that result's
// priorities. `npm run examples` rewrites them; packages/scoring/test/docs-examples.test.ts
// checks that they validate and that the result is what the engine gives today.
//
// The answers follow a fixed pattern (no randomness), so the files only change when the
// framework or the engine does.
import { writeFileSync } from 'node:fs';
import { sixPillars } from '@dtc/framework';
import { parseResponse, type Answer, type ActionPlan, type ResponseInput } from '@dtc/schema';
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
const plan: ActionPlan = {
  format: 'dtc.action-plan',
  version: 1,
  framework: { id: sixPillars.id, version: sixPillars.version },
  title: 'National action plan for digital education 2026–2029',
  priorities: chosen.map((p) => p.componentId),
  actions: chosen.flatMap((priority, i) => [
    {
      id: `action-${i + 1}-a`,
      priority: priority.componentId,
      pillar: pillarOf(priority.componentId),
      title: `Agree a costed roadmap for ${priority.componentId.replaceAll('-', ' ')}`,
      horizon: 'short' as const,
      owner: 'Planning directorate',
      targetLevel: 2,
      outcome: sixPillars.outcomes[i % sixPillars.outcomes.length]!.id,
    },
    {
      id: `action-${i + 1}-b`,
      priority: priority.componentId,
      // Actions cross pillars: the second one works through capacity and culture.
      pillar: 'capacity-culture',
      title: 'Train the regional teams who will carry the roadmap',
      horizon: 'medium' as const,
      owner: 'Teacher-training institute',
      targetLevel: 3,
      outcome: sixPillars.outcomes[(i + 1) % sixPillars.outcomes.length]!.id,
      notes: 'Funded from the education sector plan; the partner covers the first cohort.',
    },
  ]),
  updatedAt: answeredAt(6),
};

write('response.json', input);
write('result.json', result);
write('action-plan.json', plan);
console.log(`wrote docs/examples/{response,result,action-plan}.json (${n} answers)`);
