/**
 * Responses and export files for the end-to-end tests, built from the bundled framework
 * (its source, through the `@dtc/source` condition of the e2e project).
 */
import { sixPillars } from '@dtc/framework';

type Question = (typeof sixPillars.pillars)[number]['components'][number]['questions'][number];

export const framework = sixPillars;
export const LEVELS = sixPillars.levels.length;

/** Every question with its pillar, in framework order. */
export const questions = sixPillars.pillars.flatMap((p, pi) =>
  p.components.flatMap((c) =>
    c.questions.map((q) => ({ q, pillarId: p.id, pillarIndex: pi, componentId: c.id })),
  ),
);

/** A valid answer value for `q` at roughly `level` (1..L). */
export function valueFor(q: Question, level: number): string | number {
  switch (q.kind) {
    case 'rubric':
      return Math.min(Math.max(1, level), LEVELS);
    case 'choice': {
      const sorted = [...q.options].sort((a, b) => a.level - b.level);
      return (sorted.find((o) => o.level >= level) ?? sorted.at(-1)!).id;
    }
    case 'boolean':
      return level >= Math.ceil(LEVELS / 2) + 1 ? 'yes' : 'no';
    case 'text':
      return 'Notes from the e2e test';
  }
}

export interface MakeOptions {
  label: string;
  role: string;
  country?: string;
  /** The level of each question, from its pillar index and position. */
  level: (pillarIndex: number, index: number) => number;
  /** Only these pillars are answered. */
  pillars?: string[];
}

const AT = '2025-03-25T09:00:00.000Z';

export function makeResponse(o: MakeOptions) {
  const answers: Record<string, { value: string | number; answeredAt: string }> = {};
  questions.forEach(({ q, pillarIndex, pillarId }, i) => {
    if (o.pillars && !o.pillars.includes(pillarId)) return;
    answers[q.id] = { value: valueFor(q, o.level(pillarIndex, i)), answeredAt: AT };
  });
  return {
    format: 'dtc.response',
    version: 1,
    label: o.label,
    framework: { id: sixPillars.id, version: sixPillars.version },
    respondent: { role: o.role, ...(o.country ? { country: o.country } : {}) },
    answers,
    history: [],
    createdAt: AT,
    updatedAt: AT,
  };
}

/** The site's export file holding one assessment: `response`, with `extra` beside it. */
export function exportFile(
  id: string,
  response: { label: string; [field: string]: unknown },
  extra: Record<string, unknown> = {},
) {
  return {
    format: 'dtc.export',
    version: 1,
    exportedAt: AT,
    generator: 'e2e',
    assessments: [
      {
        id,
        label: response.label,
        createdAt: AT,
        updatedAt: AT,
        response,
        revisions: [],
        ...extra,
      },
    ],
  };
}

/** A file for Playwright's setInputFiles. */
export function file(name: string, value: unknown) {
  return {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)),
  };
}

/** Three workshop participants with different roles, countries and levels. */
export function participants() {
  return [
    makeResponse({
      label: 'Senegal – Education',
      role: 'ministry-education',
      country: 'SEN',
      level: (p) => 1 + (p % 4),
    }),
    makeResponse({
      label: 'Senegal – ICT',
      role: 'ministry-ict',
      country: 'SEN',
      level: (p) => 4 - (p % 3),
    }),
    makeResponse({
      label: 'Morocco – Education',
      role: 'ministry-education',
      country: 'MAR',
      level: (_p, i) => 1 + (i % 2),
      pillars: ['coordination-leadership', 'connectivity-infrastructure', 'data-evidence'],
    }),
  ];
}
