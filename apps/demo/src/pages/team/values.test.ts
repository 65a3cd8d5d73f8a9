import type { PlanConflict } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { framework } from '../../data.js';
import { setLocale } from '../../i18n/index.js';
import { fieldName, valueText } from './values.js';

const conflict = (field: string): PlanConflict => ({
  id: `action:a1:${field}`,
  scope: 'action',
  action: 'a1',
  field,
  a: undefined,
  b: undefined,
});
const spaces = (s: string) => s.replace(/\s+/g, ' ');

describe('the two versions of a conflict, in words', () => {
  it('in English: money, lists, names of ids', async () => {
    await setLocale('en');
    expect(fieldName('dependsOn')).toBe('depends on');
    expect(fieldName('somethingNew')).toBe('somethingNew');
    expect(
      spaces(
        valueText(conflict('cost'), {
          amount: 1500,
          currency: 'EUR',
          kind: 'capital',
          years: { from: 2026, to: 2027 },
          budgeted: true,
        }),
      ),
    ).toBe('€1,500, capital, 2026–2027, budgeted');
    expect(
      valueText(
        conflict('funding'),
        [
          { source: { model: 'blended-finance' }, amount: 500, status: 'requested' },
          { source: { text: 'State' }, share: 20, status: 'gap' },
        ],
        'EUR',
      ),
    ).toBe('Blended finance: €500 (requested)\nState: 20\u00a0% of the cost (gap)');
    expect(valueText(conflict('horizon'), 'medium')).toBe('medium term');
    expect(valueText(conflict('pillar'), framework.pillars[0]!.id)).toBe(
      framework.pillars[0]!.title.en,
    );
    expect(valueText(conflict('indicators'), [])).toBe('(empty)');
    expect(valueText(conflict('title'), 'Connect schools')).toBe('Connect schools');
  });

  it('in French, with French typography', async () => {
    await setLocale('fr');
    expect(
      valueText(conflict('milestones'), [
        { what: 'Appel d’offres', year: 2026, quarter: 2, done: false },
      ]),
    ).toBe('Appel d’offres (T2 2026)');
    expect(valueText(conflict('status'), 'in-progress')).toBe('en cours');
    await setLocale('en');
  });
});
