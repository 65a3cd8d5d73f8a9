import type { PlanChange } from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { COALESCE_MS, recordEdit } from './plan-history.js';

const at = (minutes: number): Date => new Date(Date.UTC(2026, 2, 1, 10, minutes));

describe('plan history', () => {
  it('merges edits by the same editor to the same action within a few minutes', () => {
    let h: PlanChange[] = [];
    h = recordEdit(h, { change: 'action-changed', action: 'a', fields: ['title'] }, 'Awa', at(0));
    h = recordEdit(h, { change: 'action-changed', action: 'a', fields: ['cost'] }, 'Awa', at(3));
    h = recordEdit(h, { change: 'action-changed', action: 'a', fields: ['title'] }, 'Awa', at(4));
    expect(h).toEqual([
      {
        at: at(4).toISOString(),
        by: 'Awa',
        change: 'action-changed',
        action: 'a',
        detail: 'title, cost',
      },
    ]);
  });

  it('starts a new entry for another editor, another action, another kind or after a pause', () => {
    const edit = { change: 'action-changed', action: 'a', fields: ['title'] } as const;
    let h = recordEdit([], edit, 'Awa', at(0));
    h = recordEdit(h, edit, 'Binta', at(1));
    h = recordEdit(h, { ...edit, action: 'b' }, 'Binta', at(2));
    h = recordEdit(h, { change: 'action-removed', action: 'b' }, 'Binta', at(2));
    // Exactly the pause after which edits are apart.
    h = recordEdit(h, edit, 'Binta', new Date(at(2).getTime() + COALESCE_MS));
    expect(h.map((e) => [e.by, e.change, e.action, e.at.slice(11, 16)])).toEqual([
      ['Awa', 'action-changed', 'a', '10:00'],
      ['Binta', 'action-changed', 'a', '10:01'],
      ['Binta', 'action-changed', 'b', '10:02'],
      ['Binta', 'action-removed', 'b', '10:02'],
      ['Binta', 'action-changed', 'a', '10:07'],
    ]);
  });
});
