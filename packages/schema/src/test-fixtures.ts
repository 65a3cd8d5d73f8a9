/**
 * Valid documents and ways to break them, shared by the schema tests (test code only;
 * not exported from the package).
 */
import fc from 'fast-check';
import type { ActionPlan, Framework, Response } from './index.js';

// A small valid framework in two languages (kept here: schema imports nothing of ours).
const t = (en: string) => ({ en, fr: `${en} (fr)` });

export function validFramework(): Framework {
  return {
    id: 'tiny',
    version: '1.0.0',
    title: t('Tiny'),
    description: t('A tiny framework'),
    locales: ['en', 'fr'],
    levels: [1, 2, 3, 4].map((value) => ({
      value,
      label: t(`Level ${value}`),
      description: t(`Level ${value}`),
    })),
    vision: {
      purpose: t('Purpose'),
      priorities: [{ id: 'access', title: t('Access') }],
      principles: [{ id: 'equity', title: t('Equity') }],
    },
    pillars: [
      {
        id: 'leadership',
        title: t('Leadership'),
        summary: t('Leadership'),
        components: [
          {
            id: 'strategy',
            title: t('Strategy'),
            summary: t('Strategy'),
            questions: [
              {
                id: 'has-strategy',
                kind: 'rubric',
                title: t('Is there a strategy?'),
                allowNotApplicable: true,
                descriptors: [1, 2, 3, 4].map((level) => ({ level, text: t(`At ${level}`) })),
              },
              {
                id: 'budget',
                kind: 'choice',
                title: t('Budget?'),
                options: [
                  { id: 'none', label: t('None'), level: 1 },
                  { id: 'full', label: t('Full'), level: 4 },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'connectivity',
        title: t('Connectivity'),
        summary: t('Connectivity'),
        foundational: true,
        components: [
          {
            id: 'access',
            title: t('Access'),
            summary: t('Access'),
            questions: [
              { id: 'electricity', kind: 'boolean', title: t('Power?'), yesLevel: 4, noLevel: 1 },
              { id: 'notes', kind: 'text', title: t('Notes') },
            ],
          },
        ],
      },
    ],
    outcomes: [{ id: 'learning', title: t('Learning') }],
  };
}

export function validResponse(): Response {
  return {
    format: 'dtc.response',
    version: 1,
    framework: { id: 'tiny', version: '1.0.0' },
    respondent: { role: 'ministry-education', country: 'SEN' },
    answers: {
      'has-strategy': { value: 3, answeredAt: '2026-03-25T09:30:00.000Z', confidence: 'low' },
      budget: { value: 'full', answeredAt: '2026-03-25T09:31:00.000Z' },
      electricity: { value: 'no', answeredAt: '2026-03-25T09:32:00.000Z' },
      notes: { value: 'Some notes', answeredAt: '2026-03-25T09:33:00.000Z' },
    },
    history: [],
  };
}

/** Every path to a value inside a JSON-like value. */
export function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

export type Mutation =
  | { kind: 'delete' }
  | { kind: 'set'; value: unknown }
  | { kind: 'duplicate' }
  /** Sets `key` on the object at the path (or on its parent when the path ends at a non-object). */
  | { kind: 'add'; key: string; value: unknown };

/** A copy of `value` with one mutation at one of its paths. */
export function mutate(value: unknown, pathIndex: number, mutation: Mutation): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  const all = paths(copy);
  const path = all[pathIndex % all.length]!;
  if (mutation.kind === 'add') {
    let target: unknown = copy;
    for (const key of path) {
      const next = (target as Record<string | number, unknown>)[key];
      if (next === null || typeof next !== 'object') break;
      target = next;
    }
    if (target && typeof target === 'object' && !Array.isArray(target)) {
      (target as Record<string, unknown>)[mutation.key] = mutation.value;
    }
    return copy;
  }
  if (path.length === 0) return mutation.kind === 'set' ? mutation.value : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (mutation.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else if (mutation.kind === 'set') parent[last] = mutation.value;
  else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(last)]));
  return copy;
}

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ kind: 'delete' as const }),
  fc.constant({ kind: 'duplicate' as const }),
  fc
    .oneof(
      fc.anything(),
      fc.constantFrom(null, '', ' ', -1, 0, 8, 1.5, 'na', 'dont-know', 'x'.repeat(300), [], {}),
    )
    .map((value) => ({ kind: 'set' as const, value })),
);

export function validPlan(): ActionPlan {
  return {
    format: 'dtc.action-plan',
    version: 2,
    framework: { id: 'tiny', version: '1.0.0' },
    title: 'Plan',
    priorities: ['strategy', 'access'],
    actions: [
      {
        id: 'a1',
        priority: 'strategy',
        pillar: 'leadership',
        title: 'Write the strategy',
        horizon: 'short',
        owner: 'Ministry',
        targetLevel: 3,
        outcome: 'learning',
        status: 'planned',
        partners: [],
        funding: [],
        indicators: [],
        milestones: [],
        dependsOn: [],
      },
    ],
    team: [],
    pillarPriorities: {},
    history: [],
  };
}
