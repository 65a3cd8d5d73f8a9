/**
 * CSV exports (RFC 4180 quoting, UTF-8 with a byte-order mark so spreadsheet programs
 * read accents correctly). Column headers are stable English ids; labels are localized.
 */
import type { Response, Result } from '@dtc/schema';
import { toCsv, type CsvCell } from '@dtc/widgets/model';
import { componentTitle, levelLabel, pillarTitle, progress, score, tx, framework } from './data.js';
import type { Feedback } from './storage.js';

type Cell = CsvCell;

/**
 * Rows as a CSV file for spreadsheet programs: scores to one decimal, UTF-8 with a
 * byte-order mark so that they read accents correctly.
 */
export function csvFile(rows: readonly (readonly Cell[])[]): string {
  const rounded = rows.map((row) =>
    row.map((value) => (typeof value === 'number' ? Math.round(value * 10) / 10 : value)),
  );
  return '\uFEFF' + toCsv(rounded);
}

/** The columns of the score files: ids that stay the same in every language. */
export const SCORE_HEADER = [
  'scope',
  'pillar_id',
  'component_id',
  'title',
  'score',
  'level',
  'level_label',
  'coverage_percent',
  'answered',
  'total',
] as const;

const pct = (share: number): number => Math.round(share * 100);

function scoreRows(result: Result): Cell[][] {
  const rows: Cell[][] = [];
  const o = result.overall;
  rows.push([
    'overall',
    '',
    '',
    tx(framework.title),
    o.score,
    o.level,
    levelLabel(o.level),
    pct(o.coverage),
    o.counts.answered,
    o.counts.total,
  ]);
  for (const p of result.pillars) {
    rows.push([
      'pillar',
      p.id,
      '',
      pillarTitle(p.id),
      p.score,
      p.level,
      levelLabel(p.level),
      pct(p.coverage),
      p.counts.answered,
      p.counts.total,
    ]);
    for (const c of p.components) {
      rows.push([
        'component',
        p.id,
        c.id,
        componentTitle(c.id),
        c.score,
        c.level,
        levelLabel(c.level),
        pct(c.coverage),
        c.counts.answered,
        c.counts.total,
      ]);
    }
  }
  return rows;
}

/** One row per overall / pillar / component score of one assessment. */
export function scoresCsv(result: Result): string {
  return csvFile([SCORE_HEADER, ...scoreRows(result)]);
}

/** Workshop export: one block of score rows per participant, with who they are. */
export function groupCsv(participants: readonly { label: string; response: Response }[]): string {
  const rows: Cell[][] = [['participant', 'role', 'country', ...SCORE_HEADER]];
  for (const p of participants) {
    const who = [p.label, p.response.respondent.role, p.response.respondent.country ?? ''];
    for (const row of scoreRows(score(p.response))) rows.push([...who, ...row]);
  }
  return csvFile(rows);
}

/** Feedback ratings, one row per assessment or participant. */
export function feedbackCsv(
  entries: readonly { label: string; response: Response; feedback?: Feedback | undefined }[],
): string {
  const rows: Cell[][] = [
    [
      'participant',
      'role',
      'country',
      'questions',
      'methods',
      'usefulness',
      'comment',
      'answered',
      'total',
      'updated_at',
    ],
  ];
  for (const e of entries) {
    if (!e.feedback) continue;
    const { answered, total } = progress(e.response);
    const f = e.feedback;
    rows.push([
      e.label,
      e.response.respondent.role,
      e.response.respondent.country ?? '',
      f.questions,
      f.methods,
      f.usefulness,
      f.comment,
      answered,
      total,
      f.updatedAt,
    ]);
  }
  return csvFile(rows);
}
