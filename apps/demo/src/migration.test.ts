import { sixPillarsV1 } from '@dtc/framework/v1';
import type { Answer, Question, Response } from '@dtc/schema';
import { beforeEach, describe, expect, it, vi } from 'vitest';

/** localStorage as the browser offers it, in memory (these tests run in Node). */
class MemoryStorage {
  private map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.map.set(k, String(v));
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
  clear(): void {
    this.map.clear();
  }
}

const AT = '2026-03-25T09:30:00.000Z';

function best(q: Question): Answer['value'] {
  switch (q.kind) {
    case 'rubric':
      return Math.max(...q.descriptors.map((d) => d.level));
    case 'choice':
      return [...q.options].sort((a, b) => b.level - a.level)[0]!.id;
    case 'boolean':
      return q.yesLevel >= q.noLevel ? 'yes' : 'no';
    case 'text':
      return 'DHIS2';
  }
}

/** Every question of version 1.0.0 answered, as the demo stored it before version 2.0.0. */
const completeV1 = (): Response => ({
  format: 'dtc.response',
  version: 1,
  id: 'r1',
  label: 'Dakar',
  framework: { id: 'six-pillars', version: '1.0.0' },
  respondent: { role: 'school' },
  answers: Object.fromEntries(
    sixPillarsV1.pillars.flatMap((p) =>
      p.components.flatMap((c) =>
        c.questions.map((q) => [q.id, { value: best(q), answeredAt: AT }]),
      ),
    ),
  ),
  history: [],
  createdAt: AT,
  updatedAt: AT,
});

async function fresh() {
  vi.resetModules();
  return {
    storage: await import('./storage.js'),
    migration: await import('./migration.js'),
    exchange: await import('./exchange.js'),
    data: await import('./data.js'),
  };
}

beforeEach(() => {
  vi.stubGlobal('localStorage', new MemoryStorage());
});

describe('responses made with the earlier version', () => {
  it('are carried in storage before the pages read them, the earlier answers kept', async () => {
    const original = completeV1();
    localStorage.setItem('dtc-demo:response:a1', JSON.stringify(original));
    localStorage.setItem(
      'dtc-demo:assessment:a1',
      JSON.stringify({
        format: 'dtc.demo-store',
        version: 2,
        id: 'a1',
        createdAt: AT,
        updatedAt: AT,
      }),
    );
    localStorage.setItem(
      'dtc-demo:workshop',
      JSON.stringify({
        participants: [
          { id: 'p1', addedAt: AT, label: 'Thiès', source: 'file', response: original },
        ],
      }),
    );
    const { storage, migration } = await fresh();
    expect(storage.damagedCount()).toBe(0);
    expect(await migration.carryStoredResponses()).toBe(2);
    const record = storage.getAssessment('a1')!;
    expect(record.response.framework.version).toBe('2.0.0');
    expect(record.migration!.report.from.version).toBe('1.0.0');
    expect(record.migration!.report.unanswered.length).toBeGreaterThan(0);
    const stored = JSON.parse(localStorage.getItem('dtc-demo:response:a1')!) as Response;
    expect(stored.migrations![0]!.answers).toEqual(original.answers);
    expect(JSON.parse(localStorage.getItem('dtc-demo:assessment:a1')!).migration.report).toEqual(
      record.migration!.report,
    );
    // A participant's response keeps the time its respondent last changed it.
    const [p] = storage.getWorkshop().participants;
    expect(p!.response.framework.version).toBe('2.0.0');
    expect(p!.response.updatedAt).toBe(AT);
    expect(p!.response.migrations![0]!.answers).toEqual(original.answers);
    // Read again: nothing more to carry, and the report is still there.
    const again = await fresh();
    expect(await again.migration.carryStoredResponses()).toBe(0);
    expect(again.storage.getAssessment('a1')!.migration!.report).toEqual(record.migration!.report);
  });

  it('do not load the earlier version when every response is current', async () => {
    // Loading it would fail here: the earlier version is out of reach.
    vi.doMock('@dtc/framework/v1', () => {
      throw new Error('the earlier version was loaded');
    });
    try {
      const { storage, migration, data } = await fresh();
      storage.createAssessment(data.newResponse({ role: 'school' }));
      await expect(migration.carryStoredResponses()).resolves.toBe(0);
      // …as it would fail for a response that needs it, leaving that response as it was.
      localStorage.setItem('dtc-demo:response:old', JSON.stringify(completeV1()));
      localStorage.setItem(
        'dtc-demo:assessment:old',
        JSON.stringify({
          format: 'dtc.demo-store',
          version: 2,
          id: 'old',
          createdAt: AT,
          updatedAt: AT,
        }),
      );
      const { migration: next } = await fresh();
      await expect(next.carryStoredResponses()).rejects.toThrow();
      expect(JSON.parse(localStorage.getItem('dtc-demo:response:old')!)).toEqual(completeV1());
    } finally {
      vi.doUnmock('@dtc/framework/v1');
    }
  });

  it('are carried on import, from a file or a share code, and refused without the earlier version', async () => {
    const { exchange, data } = await fresh();
    const original = completeV1();
    const [item] = await exchange.readImport(JSON.stringify(original), data.framework);
    expect(item!.response.framework.version).toBe('2.0.0');
    expect(item!.response.updatedAt).toBe(AT);
    expect(item!.response.migrations![0]!.answers).toEqual(original.answers);
    expect(item!.migration!.review.length).toBeGreaterThan(0);
    const file = {
      format: exchange.EXPORT_FORMAT,
      version: exchange.EXPORT_VERSION,
      exportedAt: AT,
      generator: 'dtc-demo',
      assessments: [{ id: 'a1', label: 'Dakar', createdAt: AT, updatedAt: AT, response: original }],
    };
    const [fromFile] = await exchange.readImport(file, data.framework);
    expect(fromFile!.migration).toEqual(item!.migration);
    // Without the earlier version, its answers to questions that are gone do not read.
    expect(() => exchange.parseImport(file, data.framework)).toThrow(exchange.ImportError);

    // Imported twice, it is the same assessment: not a second one.
    const first = exchange.mergeIntoStore([fromFile!], { kind: 'file' });
    const [twice] = await exchange.readImport(file, data.framework);
    const second = exchange.mergeIntoStore([twice!], { kind: 'file' });
    expect(first.added).toHaveLength(1);
    expect(first.added[0]!.migration!.report).toEqual(item!.migration);
    expect(second.unchanged).toHaveLength(1);
  });
});
