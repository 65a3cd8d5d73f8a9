import { loadLocale } from '@dtc/i18n';
import { newPlanAction, parseActionPlan, type ActionPlan } from '@dtc/schema';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureFramework, fixturePlan } from '../../../test/fixtures-results.js';
import {
  actionsByPriority,
  markdownText,
  planFromJson,
  planRows,
  planToCsv,
  planToJson,
  planToMarkdown,
} from './plan-export.js';

const ctx = { framework: fixtureFramework, locale: 'en' };

const DETAIL_HEADERS = [
  'Id',
  'Partners',
  'Cost',
  'Currency',
  'Kind of cost',
  'Years',
  'Already budgeted',
  'Total cost',
  'Secured',
  'Requested',
  'Funding gap',
  'Funding',
  'Indicators',
  'Milestones',
  'Needs first',
  'Sector plan objective',
  'Budget line',
  'Risks',
];

/** A plan with every field of format 2 in use (figures: see the budget assertions). */
function costedPlan(): ActionPlan {
  return {
    ...fixturePlan(),
    country: 'SEN',
    period: { from: 2026, to: 2028 },
    currency: 'USD',
    team: [{ name: 'Awa Diop', role: 'ministry-finance', title: 'Director of planning' }],
    priorities: ['electricity-and-internet-access'],
    actions: [
      newPlanAction({
        id: 'action-a',
        priority: 'electricity-and-internet-access',
        pillar: 'connectivity-infrastructure',
        title: 'Connect schools',
        horizon: 'short',
        targetLevel: 2,
        outcome: 'access',
        lead: 'Ministry of ICT',
        partners: [
          { name: 'Ministry of Finance', role: 'funding' },
          { name: 'Giga', role: 'technical' },
        ],
        cost: {
          amount: 3000,
          currency: 'USD',
          kind: 'capital',
          years: { from: 2026, to: 2028 },
          budgeted: true,
        },
        funding: [
          { source: { model: 'universal-service-funds' }, amount: 1000, status: 'secured' },
          { source: { text: 'World Bank' }, share: 50, status: 'requested' },
        ],
        indicators: [
          {
            name: 'Schools connected',
            unit: '% of schools',
            baseline: { value: 12, year: 2025 },
            target: { value: 60, year: 2028 },
          },
        ],
        milestones: [
          { what: 'Tender', year: 2026, quarter: 2, done: true },
          { what: 'Half connected', year: 2027, quarter: 4, done: false },
        ],
        alignment: { objective: 'Objective 3.2', budgetLine: 'Programme 4' },
        risks: 'Late power',
      }),
      newPlanAction({
        id: 'action-b',
        priority: 'electricity-and-internet-access',
        pillar: 'cost-sustainability',
        title: 'Pay for bandwidth',
        horizon: 'medium',
        targetLevel: 3,
        outcome: 'efficiency',
        cost: {
          amount: 200,
          currency: 'USD',
          kind: 'recurrent',
          years: { from: 2027, to: 2028 },
          budgeted: false,
        },
        dependsOn: ['action-a'],
      }),
    ],
  };
}

/** A strict RFC 4180 reader, to check that what we write reads back. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') {
      if (field !== '') throw new Error(`Stray quote at ${i}`);
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') throw new Error(`Bare line break at ${i}`);
    else field += c;
  }
  if (field || row.length) throw new Error('Missing final CRLF');
  return rows;
}

beforeAll(async () => {
  await loadLocale('fr');
});

describe('plan export', () => {
  describe('order', () => {
    it('groups actions by chosen priority, then by horizon, then as entered', () => {
      const plan = fixturePlan();
      plan.actions.push({ ...plan.actions[0]!, id: 'action-4', horizon: 'long', title: 'Later' });
      plan.actions.push({
        ...plan.actions[0]!,
        id: 'action-5',
        priority: 'governance',
        title: 'Orphan',
      });
      const groups = actionsByPriority(plan);
      expect(groups.map((g) => [g.priority, g.chosen, g.actions.map((a) => a.id)])).toEqual([
        ['electricity-and-internet-access', true, ['action-1', 'action-2', 'action-4']],
        ['actionable-insights', true, ['action-3']],
        ['governance', false, ['action-5']],
      ]);
    });
  });

  describe('CSV', () => {
    it('writes a header and one row per action, that read back to the same words', () => {
      const csv = planToCsv(fixturePlan(), ctx);
      expect(csv.endsWith('\r\n')).toBe(true);
      const rows = readCsv(csv);
      expect(rows).toHaveLength(4);
      expect(rows[0]).toEqual([
        'Priority',
        'Pillar',
        'Action',
        'Horizon',
        'Lead',
        'Owner',
        'Status',
        'Target level',
        'Education outcome',
        'Notes',
        ...DETAIL_HEADERS,
      ]);
      expect(rows[1]).toEqual([
        'Electricity and internet access',
        'Connectivity and infrastructure',
        'Map school connectivity with Giga',
        'Short term',
        '',
        'Ministry of ICT',
        'Planned',
        'Level 2: Emerging',
        'Access and inclusion',
        '',
        'action-1',
        ...Array<string>(DETAIL_HEADERS.length - 1).fill(''),
      ]);
      // The formula-looking title is neutralised; quotes and commas survive.
      expect(rows[2]![2]).toBe(`'=HYPERLINK("http://evil.example","Pooled procurement, phase 1")`);
      expect(rows[2]![5]).toBe('Finance, "budget" unit');
      expect(rows[2]![9]).toBe('Line one\nline two | with a pipe');
      // Every cell equals the plan's words, apart from the guard.
      expect(rows.slice(1).map((r) => r.map((c) => c.replace(/^'(?=[=+\-@])/, '')))).toEqual(
        planRows(fixturePlan(), ctx, true).slice(1),
      );
    });

    it('writes partners, cost, funding (computed), indicators, milestones and alignment', () => {
      const rows = readCsv(planToCsv(costedPlan(), ctx));
      const header = rows[0]!;
      const cell = (name: string): string => rows[1]![header.indexOf(name)]!;
      expect(cell('Id')).toBe('action-a');
      expect(cell('Lead')).toBe('Ministry of ICT');
      expect(cell('Partners')).toBe('Ministry of Finance (Funding); Giga (Technical)');
      expect(cell('Cost')).toBe('3000');
      expect(cell('Currency')).toBe('USD');
      expect(cell('Kind of cost')).toBe('Capital (one investment, spread over its years)');
      expect(cell('Years')).toBe('2026–2028');
      expect(cell('Already budgeted')).toBe('yes');
      expect([cell('Total cost'), cell('Secured'), cell('Requested'), cell('Funding gap')]).toEqual(
        ['3000', '1000', '1500', '500'],
      );
      expect(cell('Funding')).toBe(
        'Universal service funds: 1,000 (Secured); World Bank: 50% (Requested)',
      );
      expect(cell('Indicators')).toBe('Schools connected (% of schools): 12 in 2025 → 60 in 2028');
      expect(cell('Milestones')).toBe('Tender: 2026 Q2 (done); Half connected: 2027 Q4');
      expect(cell('Sector plan objective')).toBe('Objective 3.2');
      expect(cell('Budget line')).toBe('Programme 4');
      expect(cell('Risks')).toBe('Late power');
      expect(rows[2]![header.indexOf('Needs first')]).toBe('action-a');
      expect(rows[2]![header.indexOf('Total cost')]).toBe('400');

      const fr = readCsv(planToCsv(costedPlan(), { ...ctx, locale: 'fr' }));
      const frCell = (name: string): string => fr[1]![fr[0]!.indexOf(name)]!;
      expect(frCell('Financement')).toBe(
        'Fonds de service universel\u202f: 1\u202f000 (Acquis)\u202f; World Bank\u202f: 50\u202f% (Demandé)',
      );
      expect(frCell('Étapes')).toBe(
        'Tender\u202f: 2026 T2 (atteinte)\u202f; Half connected\u202f: 2027 T4',
      );
    });

    it('leaves out the baseline or the target of an indicator that has none', () => {
      const plan = costedPlan();
      const [first, ...rest] = plan.actions;
      const { baseline: _b, ...noBaseline } = first!.indicators[0]!;
      const { target: _t, ...noTarget } = first!.indicators[0]!;
      const { baseline: _b2, target: _t2, ...neither } = first!.indicators[0]!;
      const withIndicators = {
        ...plan,
        actions: [{ ...first!, indicators: [noBaseline, noTarget, neither] }, ...rest],
      };
      const rows = readCsv(planToCsv(withIndicators, ctx));
      expect(rows[1]![rows[0]!.indexOf('Indicators')]).toBe(
        'Schools connected (% of schools): → 60 in 2028; ' +
          'Schools connected (% of schools): 12 in 2025; Schools connected (% of schools)',
      );
    });

    it('writes French headers and words', () => {
      const rows = readCsv(planToCsv(fixturePlan(), { ...ctx, locale: 'fr' }));
      expect(rows[0]![0]).toBe('Priorité');
      expect(rows[1]!.slice(0, 2)).toEqual([
        'Électricité et accès à internet',
        'Connectivité et infrastructure',
      ]);
      expect(rows[1]![3]).toBe('Court terme');
      expect(rows[1]![7]).toBe('Niveau 2\u202f: Émergent');
    });
  });

  describe('Markdown', () => {
    it('escapes markup and keeps each cell on one line', () => {
      expect(markdownText('a | b')).toBe('a \\| b');
      expect(markdownText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert(1)\\>');
      expect(markdownText('*bold* _it_ [link](x) `code` # h')).toBe(
        '\\*bold\\* \\_it\\_ \\[link\\](x) \\`code\\` \\# h',
      );
      expect(markdownText('one\r\ntwo\nthree')).toBe('one two three');
    });

    it('writes a title, the framework, and a table per priority', () => {
      // Noon UTC on 25 March: the 25th in UTC, the 26th in Auckland (UTC+13 in March), the 24th
      // at UTC−12. The file gives the calendar day where it is written.
      const updatedAt = '2026-03-25T12:00:00.000Z';
      const md = planToMarkdown({ ...fixturePlan(), updatedAt }, ctx);
      const lines = md.split('\n');
      expect(lines[0]).toBe('# National plan');
      expect(md).toContain('Framework: Six pillars (test), version 1.0.0');
      expect(md).toContain(`Last updated: March ${new Date(updatedAt).getDate()}, 2026`);
      expect(md).toContain('## Priority 1: Electricity and internet access');
      expect(md).toContain('## Priority 2: Actionable insights');
      expect(md).toContain(
        '| Pillar | Action | Horizon | Lead | Owner | Status | Target level | Education outcome | Notes |',
      );
      expect(md).toContain(
        '| Connectivity and infrastructure | Map school connectivity with Giga | Short term |  | Ministry of ICT | Planned | Level 2: Emerging | Access and inclusion |  |',
      );
      expect(md).toContain('Line one line two \\| with a pipe');
      // Every table row has the same number of cells as the header.
      const tableRows = lines.filter((l) => l.startsWith('| '));
      for (const r of tableRows) expect(r.split(/(?<!\\)\|/).length).toBe(11);
    });

    it('writes the plan’s facts, team, details of each action and the computed budget', () => {
      const md = planToMarkdown(costedPlan(), ctx);
      expect(md).toContain('- Country: SEN\n- Period: 2026–2028\n- Currency: USD');
      expect(md).toContain('## Team\n\n- Awa Diop; Ministry of finance; Director of planning');
      expect(md).toContain(
        '### Action 1: Connect schools\n\n- Id: action-a\n- Partners: Ministry of Finance (Funding); Giga (Technical)',
      );
      expect(md).toContain('- Funding gap: 500');
      // Amounts in a document are grouped the language's way (the CSV keeps bare numbers).
      expect(md).toContain('- Cost: 3,000\n');
      expect(md).toContain('- Total cost: 3,000\n');
      expect(planToMarkdown(costedPlan(), { ...ctx, locale: 'fr' })).toContain(
        '- Coût\u202f: 3\u202f000\n',
      );
      expect(md).toContain(
        '### Costs in USD\n\n| Year | Cost |\n| --- | --- |\n| 2026 | 1,000 |\n| 2027 | 1,200 |\n| 2028 | 1,200 |\n| Total | 3,400 |',
      );
      expect(md).toContain(
        '| Secured | Requested | Funding gap |\n| --- | --- | --- |\n| 1,000 | 1,500 | 900 |',
      );
    });

    it('says when a priority has no actions yet', () => {
      const plan: ActionPlan = { ...fixturePlan(), priorities: ['governance'], actions: [] };
      expect(planToMarkdown(plan, ctx)).toContain(
        '## Priority 1: Governance\n\n_No actions yet for this priority._',
      );
    });
  });

  describe('JSON', () => {
    it('round-trips through parseActionPlan', () => {
      const plan = fixturePlan();
      const json = planToJson(plan);
      const back = planFromJson(json, fixtureFramework);
      expect(back.ok && back.value).toEqual(plan);
      // Every field of format 2 too, to the same text.
      const full = planToJson(costedPlan());
      const read = planFromJson(full, fixtureFramework);
      expect(read.ok && read.value).toEqual(costedPlan());
      if (read.ok) expect(planToJson(read.value)).toBe(full);
      // Advice comes back beside the plan, never inside it.
      expect(back.ok && back.warnings?.map((w) => w.code)).toEqual([
        'action-without-indicator',
        'action-without-indicator',
        'action-without-indicator',
      ]);
      expect(parseActionPlan(JSON.parse(json), fixtureFramework).ok).toBe(true);
      // And again: export of the import is the same text.
      if (back.ok) expect(planToJson(back.value)).toBe(json);
    });

    it('reports what is wrong with a bad file', () => {
      expect(planFromJson('{nope').ok).toBe(false);
      const other = planFromJson(
        planToJson({ ...fixturePlan(), framework: { id: 'other', version: '1.0.0' } }),
        fixtureFramework,
      );
      expect(other.ok).toBe(false);
      if (!other.ok) expect(other.issues[0]!.code).toBe('framework-mismatch');
    });
  });
});
