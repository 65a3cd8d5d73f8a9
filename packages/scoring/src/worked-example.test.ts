/**
 * The worked example of docs/methodology.md, computed by the engine. Every number the
 * document shows is asserted here, and the document's tables are checked against the
 * engine's output, so the two cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Framework } from '@dtc/schema';
import { parseFramework, parseResponse } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { explain } from './explain.js';
import { scoreResponse } from './score.js';
import { answer, responseWith } from './testing/arbitraries.js';
import { choice, component, pillar, rubric, yesNo } from './testing/fixtures.js';

const LEVELS = ['latent', 'emerging', 'established', 'advanced'];

const framework: Framework = {
  id: 'worked-example',
  version: '1.0.0',
  title: { en: 'Worked example' },
  description: { en: 'The example of docs/methodology.md' },
  locales: ['en'],
  levels: LEVELS.map((label, i) => ({
    value: i + 1,
    label: { en: label },
    description: { en: label },
  })),
  vision: { purpose: { en: 'Example' }, priorities: [], principles: [] },
  pillars: [
    pillar('leadership', [
      component('strategy', [
        rubric('strategy-exists', 4, { weight: 2 }),
        yesNo('strategy-costed', 4, 1),
      ]),
      component('governance', [
        choice('coordination-body', { none: 1, informal: 2, formal: 4 }),
        rubric('partner-alignment', 4, { allowDontKnow: true }),
      ]),
    ]),
    pillar(
      'connectivity',
      [
        component('access', [
          rubric('school-internet', 4),
          yesNo('offgrid-power', 4, 1, { allowNotApplicable: true }),
        ]),
      ],
      { foundational: true },
    ),
  ],
};

const response = responseWith(framework, {
  'strategy-exists': answer(3),
  'strategy-costed': answer('yes'),
  'coordination-body': answer('informal', { confidence: 'low' }),
  'partner-alignment': answer('dont-know'),
  'school-internet': answer(2),
  'offgrid-power': answer('na'),
});

const result = scoreResponse(framework, response);
const [leadership, connectivity] = result.pillars;
const [strategy, governance] = leadership!.components;
const [access] = connectivity!.components;

const doc = readFileSync(
  fileURLToPath(new URL('../../../docs/methodology.md', import.meta.url)),
  'utf8',
);
const two = (x: number | null) => (x === null ? '–' : x.toFixed(2));
const pct = (x: number) => `${Math.round(x * 100)}%`;
const level = (l: number | null) => (l === null ? '–' : `${l} (${LEVELS[l - 1]})`);

describe('worked example (docs/methodology.md)', () => {
  it('is valid data', () => {
    expect(parseFramework(framework).ok).toBe(true);
    expect(parseResponse(response, framework).ok).toBe(true);
  });

  it('scores the components', () => {
    // strategy: (2 × 66.67 + 1 × 100) / 3
    expect(two(strategy!.score)).toBe('77.78');
    expect(strategy!.level).toBe(3);
    expect(strategy!.coverage).toBe(1);
    // governance: 33.33 (don't know adds no score but lowers coverage to 1 / 2)
    expect(two(governance!.score)).toBe('33.33');
    expect(governance!.level).toBe(2);
    expect(governance!.coverage).toBe(0.5);
    // access: 33.33 (not applicable leaves the denominator: coverage 1 / 1)
    expect(two(access!.score)).toBe('33.33');
    expect(access!.level).toBe(2);
    expect(access!.coverage).toBe(1);
  });

  it('scores the pillars and the whole', () => {
    expect(two(leadership!.score)).toBe('55.56');
    expect(leadership!.level).toBe(2);
    expect(leadership!.coverage).toBe(0.75);
    expect(two(connectivity!.score)).toBe('33.33');
    expect(connectivity!.level).toBe(2);
    expect(two(result.overall.score)).toBe('44.44');
    expect(result.overall.level).toBe(2);
    expect(result.overall.coverage).toBe(0.8);
    expect(result.overall.counts).toEqual({
      total: 6,
      answered: 4,
      notApplicable: 1,
      dontKnow: 1,
      unanswered: 0,
    });
  });

  it('measures balance', () => {
    expect(two(result.balance.spread)).toBe('22.22');
    expect(two(result.balance.index)).toBe('77.78');
    expect(two(result.balance.deviation)).toBe('11.11');
    expect(result.balance.weakest).toBe('connectivity');
    expect(result.balance.strongest).toBe('leadership');
  });

  it('ranks the priorities', () => {
    expect(
      result.priorities.map((p) => [p.rank, p.componentId, two(p.urgency), p.reasons]),
    ).toEqual([
      [1, 'access', '86.67', ['low-level', 'weakest-pillar', 'foundational']],
      [2, 'governance', '82.78', ['low-level', 'below-pillar', 'low-confidence']],
      [3, 'strategy', '22.22', []],
    ]);
  });

  it('explains the scores', () => {
    const s = explain(framework, response, 'strategy')!;
    expect(s.items.map((i) => two(i.share))).toEqual(['44.44', '33.33']);
    const o = explain(framework, response, 'overall')!;
    expect(o.items.map((i) => two(i.share))).toEqual(['27.78', '16.67']);
  });

  it('matches the tables of the document', () => {
    const rows = [
      ...result.pillars.flatMap((p) => [
        `| ${p.id} (pillar) | ${two(p.score)} | ${level(p.level)} | ${pct(p.coverage)} |`,
        ...p.components.map(
          (c) => `| ${c.id} | ${two(c.score)} | ${level(c.level)} | ${pct(c.coverage)} |`,
        ),
      ]),
      `| overall | ${two(result.overall.score)} | ${level(result.overall.level)} | ${pct(result.overall.coverage)} |`,
      ...result.priorities.map(
        (p) =>
          `| ${p.rank} | ${p.componentId} | ${two(p.urgency)} | ${p.reasons.map((r) => `\`${r}\``).join(', ') || '–'} |`,
      ),
      `| ${two(result.balance.spread)} | ${two(result.balance.index)} | ${two(result.balance.deviation)} | ${result.balance.weakest} | ${result.balance.strongest} |`,
    ];
    // Compare cell by cell: Prettier pads the document's tables.
    const cells = (line: string) =>
      line
        .split('|')
        .map((cell) => cell.trim())
        .join('|');
    const docRows = doc.split('\n').map(cells);
    for (const row of rows) expect(docRows, row).toContain(cells(row));
  });
});
