/**
 * Test data for the results, chart and plan elements: a small six-pillar framework in
 * English and French (two components per pillar), responses built from levels, and plain
 * chart series. Deterministic, so tests can compare what is shown with what was given.
 */
import {
  newPlanAction,
  type ActionPlan,
  type Answer,
  type Framework,
  type Response,
} from '@dtc/schema';

const L = (en: string, fr: string): { en: string; fr: string } => ({ en, fr });

const PILLARS: [string, [string, string], [string, string][]][] = [
  [
    'coordination-leadership',
    ['Coordination and leadership', 'Coordination et leadership'],
    [
      ['Strategy and vision', 'Stratégie et vision'],
      ['Governance', 'Gouvernance'],
    ],
  ],
  [
    'connectivity-infrastructure',
    ['Connectivity and infrastructure', 'Connectivité et infrastructure'],
    [
      ['Electricity and internet access', 'Électricité et accès à internet'],
      ['Hardware and devices', 'Matériel et appareils'],
    ],
  ],
  [
    'cost-sustainability',
    ['Cost and sustainability', 'Coût et durabilité'],
    [
      ['Financing models', 'Modèles de financement'],
      ['Total cost of ownership', 'Coût total de possession'],
    ],
  ],
  [
    'capacity-culture',
    ['Capacity and culture', 'Capacité et culture'],
    [
      ['Teacher skills', 'Compétences des enseignants'],
      ['Leadership culture', 'Culture de direction'],
    ],
  ],
  [
    'content-solutions',
    ['Content and solutions', 'Contenu et solutions'],
    [
      ['Digital content', 'Contenus numériques'],
      ['Platforms', 'Plateformes'],
    ],
  ],
  [
    'data-evidence',
    ['Data and evidence', 'Données et preuves'],
    [
      ['Actionable insights', 'Informations exploitables'],
      ['Security and privacy', 'Sécurité et confidentialité'],
    ],
  ],
];

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const LEVEL_NAMES = [
  L('Latent', 'Latent'),
  L('Emerging', 'Émergent'),
  L('Established', 'Établi'),
  L('Advanced', 'Avancé'),
];

/** Ids of the components, in framework order. */
export const COMPONENT_IDS = PILLARS.flatMap(([, , comps]) => comps.map(([en]) => slug(en)));
export const PILLAR_IDS = PILLARS.map(([id]) => id);

export const fixtureFramework: Framework = {
  id: 'six-pillars',
  version: '1.0.0',
  title: L('Six pillars (test)', 'Six piliers (test)'),
  description: L('A test framework.', 'Un cadre de test.'),
  locales: ['en', 'fr'],
  levels: LEVEL_NAMES.map((label, i) => ({ value: i + 1, label, description: label })),
  vision: { purpose: L('Purpose', 'Finalité'), priorities: [], principles: [] },
  pillars: PILLARS.map(([id, [en, fr], comps], p) => ({
    id,
    title: L(en, fr),
    summary: L(en, fr),
    ...(p === 1 || p === 5 ? { foundational: true } : {}),
    components: comps.map(([cen, cfr]) => ({
      id: slug(cen),
      title: L(cen, cfr),
      summary: L(cen, cfr),
      questions: [1, 2].map((q) => ({
        id: `${slug(cen)}-q${q}`,
        kind: 'rubric' as const,
        title: L(`${cen}: question ${q}`, `${cfr} : question ${q}`),
        allowNotApplicable: true,
        allowDontKnow: true,
        descriptors: LEVEL_NAMES.map((label, i) => ({ level: i + 1, text: label })),
      })),
    })),
  })),
  outcomes: [
    { id: 'access', title: L('Access and inclusion', 'Accès et inclusion') },
    { id: 'quality', title: L('Quality of learning', 'Qualité des apprentissages') },
    { id: 'efficiency', title: L('System efficiency', 'Efficacité du système') },
  ],
};

/** A copy of the framework whose first pillar and component carry markup in their titles. */
export const HOSTILE = '<img src=x onerror=alert(1)>';
export const hostileFramework: Framework = structuredClone(fixtureFramework);
hostileFramework.pillars[0]!.title = L(HOSTILE, HOSTILE);
hostileFramework.pillars[0]!.components[0]!.title = L(HOSTILE, HOSTILE);

const AT = '2026-03-25T09:30:00.000Z';

/** A response with the given answers: question id → level (or 'na' / 'dont-know'), with optional comments. */
export function responseWith(
  values: Record<string, number | string>,
  extra: {
    comments?: Record<string, string>;
    role?: Response['respondent']['role'];
    country?: string;
  } = {},
): Response {
  const answers: Record<string, Answer> = {};
  for (const [id, value] of Object.entries(values)) {
    answers[id] = {
      value,
      answeredAt: AT,
      ...(extra.comments?.[id] ? { comment: extra.comments[id] } : {}),
    };
  }
  return {
    format: 'dtc.response',
    version: 1,
    framework: { id: fixtureFramework.id, version: fixtureFramework.version },
    respondent: {
      role: extra.role ?? 'ministry-education',
      ...(extra.country ? { country: extra.country } : {}),
    },
    answers,
    history: [],
  };
}

/** Every question answered: component k (framework order) at level `levels[k % levels.length]`. */
export function fullResponse(levels: number[] = [1, 2, 3, 4, 2, 3]): Response {
  const values: Record<string, number> = {};
  COMPONENT_IDS.forEach((c, k) => {
    values[`${c}-q1`] = levels[k % levels.length]!;
    values[`${c}-q2`] = levels[k % levels.length]!;
  });
  return responseWith(values);
}

/** A few answers, in the first two pillars only. */
export function partialResponse(): Response {
  return responseWith(
    { 'strategy-and-vision-q1': 3, 'governance-q1': 2, 'electricity-and-internet-access-q1': 1 },
    { comments: { 'governance-q1': 'A steering committee meets <b>twice</b> a year.' } },
  );
}

/** An empty response. */
export const emptyResponse = (): Response => responseWith({});

/** Plain chart data: six axes, levels at 0/33.3/66.7/100, two series. */
export const AXES = PILLARS.map(([id, [en]]) => ({ id, label: en }));
export const LEVELS = [
  { value: 0, label: 'Latent' },
  { value: 100 / 3, label: 'Emerging' },
  { value: 200 / 3, label: 'Established' },
  { value: 100, label: 'Advanced' },
];
export const SERIES = [
  { id: 'before', label: 'Before deep dive', values: [40, 20, 60, 80, 55, null] },
  { id: 'after', label: 'After deep dive', values: [50, 35, 60, 85, 70, 30] },
];

/** A plan with two priorities and three actions. */
export function fixturePlan(): ActionPlan {
  return {
    format: 'dtc.action-plan',
    version: 2,
    framework: { id: fixtureFramework.id, version: fixtureFramework.version },
    title: 'National plan',
    priorities: ['electricity-and-internet-access', 'actionable-insights'],
    actions: [
      newPlanAction({
        id: 'action-1',
        priority: 'electricity-and-internet-access',
        pillar: 'connectivity-infrastructure',
        title: 'Map school connectivity with Giga',
        horizon: 'short',
        owner: 'Ministry of ICT',
        targetLevel: 2,
        outcome: 'access',
      }),
      newPlanAction({
        id: 'action-2',
        priority: 'electricity-and-internet-access',
        pillar: 'cost-sustainability',
        title: '=HYPERLINK("http://evil.example","Pooled procurement, phase 1")',
        horizon: 'medium',
        owner: 'Finance, "budget" unit',
        targetLevel: 3,
        outcome: 'efficiency',
        notes: 'Line one\nline two | with a pipe',
      }),
      newPlanAction({
        id: 'action-3',
        priority: 'actionable-insights',
        pillar: 'data-evidence',
        title: 'Publish an EMIS dashboard',
        horizon: 'long',
        owner: '',
        targetLevel: 3,
        outcome: 'quality',
      }),
    ],
    team: [],
    pillarPriorities: {},
    history: [],
  };
}

/** Bar chart groups: the fixture's components under their pillars, with scores (one not scored). */
export const GROUPS = fixtureFramework.pillars.map((p, i) => ({
  id: p.id,
  label: p.title.en!,
  bars: p.components.map((c, j) => ({
    id: c.id,
    label: c.title.en!,
    value: i === 5 && j === 1 ? null : [10, 40, 70, 100, 55, 25][(i + j) % 6]!,
  })),
}));

/** Heatmap data: components × roles. */
export const ROLES = [
  { id: 'ministry-education', label: 'Ministry of education' },
  { id: 'ministry-ict', label: 'Ministry of ICT' },
  { id: 'school', label: 'Schools' },
];
export const HEAT_ROWS = GROUPS.slice(0, 2).flatMap((g) =>
  g.bars.map((b) => ({ id: b.id, label: b.label, group: g.label })),
);
export const HEAT_VALUES: (number | null)[][] = [
  [70, 65, 20],
  [40, 45, 50],
  [10, 80, null],
  [33, 35, 30],
];
