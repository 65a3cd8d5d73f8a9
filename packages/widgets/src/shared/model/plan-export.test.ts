import { loadLocale } from '@dtc/i18n';
import { parseActionPlan, type ActionPlan } from '@dtc/schema';
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
        'Owner',
        'Target level',
        'Education outcome',
        'Notes',
      ]);
      expect(rows[1]).toEqual([
        'Electricity and internet access',
        'Connectivity and infrastructure',
        'Map school connectivity with Giga',
        'Short term',
        'Ministry of ICT',
        'Level 2: Emerging',
        'Access and inclusion',
        '',
      ]);
      // The formula-looking title is neutralised; quotes and commas survive.
      expect(rows[2]![2]).toBe(`'=HYPERLINK("http://evil.example","Pooled procurement, phase 1")`);
      expect(rows[2]![4]).toBe('Finance, "budget" unit');
      expect(rows[2]![7]).toBe('Line one\nline two | with a pipe');
      // Every cell equals the plan's words, apart from the guard.
      expect(rows.slice(1).map((r) => r.map((c) => c.replace(/^'(?=[=+\-@])/, '')))).toEqual(
        planRows(fixturePlan(), ctx).slice(1),
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
      expect(rows[1]![5]).toBe('Niveau 2 : Émergent');
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
      const md = planToMarkdown({ ...fixturePlan(), updatedAt: '2026-03-25T12:00:00.000Z' }, ctx);
      const lines = md.split('\n');
      expect(lines[0]).toBe('# National plan');
      expect(md).toContain('Framework: Six pillars (test), version 1.0.0');
      expect(md).toContain('Last updated: March 25, 2026');
      expect(md).toContain('## Priority 1: Electricity and internet access');
      expect(md).toContain('## Priority 2: Actionable insights');
      expect(md).toContain(
        '| Pillar | Action | Horizon | Owner | Target level | Education outcome | Notes |',
      );
      expect(md).toContain(
        '| Connectivity and infrastructure | Map school connectivity with Giga | Short term | Ministry of ICT | Level 2: Emerging | Access and inclusion |  |',
      );
      expect(md).toContain('Line one line two \\| with a pipe');
      // Every table row has the same number of cells as the header.
      const tableRows = lines.filter((l) => l.startsWith('| '));
      for (const r of tableRows) expect(r.split(/(?<!\\)\|/).length).toBe(9);
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
