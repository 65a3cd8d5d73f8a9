/**
 * The fuzzer in `npm test`: 10,000 inputs (seeded, so every run sees the same ones) through
 * every target of `npm run fuzz`. No throw and no change to a built-in prototype. Timing is
 * left to `npm run fuzz`: a shared machine makes it unreliable in a test.
 */
import { describe, expect, it } from 'vitest';
import { fuzz, plan, type FuzzReport } from './harness.js';
import { changesSince, snapshot, type Finding } from './run.js';
import { build } from './shapes.js';
import { impossibleDate, notPlainData, TARGETS } from './targets.js';

const RUNS = 10_000;
const SEED = 20_260_325;

const replay = (f: Finding) =>
  `npm run fuzz -- --only '${f.target}' --seed ${f.seed} --path ${f.path}`;
const listed = (report: FuzzReport, kind: Finding['kind']) =>
  report.targets
    .flatMap((t) => t.findings)
    .filter((f) => f.kind === kind)
    .map((f) => `${f.target}: ${f.detail} — ${f.input} (${replay(f)})`);

describe('the fuzzer', () => {
  it(
    `finds no throw and no prototype change in ${RUNS} inputs`,
    async () => {
      const report = await fuzz({ runs: RUNS, seed: SEED, shrink: false });
      // Every target ran, and the inputs were shared among them.
      expect(report.targets.map((t) => t.target)).toEqual(TARGETS.map((t) => t.name));
      expect(report.runs).toBe(plan({ runs: RUNS }).reduce((n, t) => n + t.runs, 0));
      for (const t of report.targets) expect(t.calls, t.target).toBeGreaterThan(0);
      expect(listed(report, 'throw')).toEqual([]);
      expect(listed(report, 'prototype')).toEqual([]);
    },
    // Minutes, not seconds: 10,000 inputs, some of them MBs.
    30 * 60_000,
  );
});

describe('the harness', () => {
  it('sees a change to a built-in prototype, and puts it back', () => {
    const snap = snapshot();
    (Object.prototype as Record<string, unknown>).polluted = true;
    Object.defineProperty(Array.prototype, 'length2', { value: 1, configurable: true });
    expect(changesSince(snap)).toBe(
      'Object.prototype.polluted added; Array.prototype.length2 added',
    );
    expect('polluted' in {}).toBe(false);
    expect(changesSince(snap)).toBeNull();
  });

  it('tells plain JSON data from the rest', () => {
    expect(notPlainData(JSON.parse('{"a":[1,{"__proto__":{"b":2}}]}'))).toBeNull();
    expect(notPlainData({ a: [1, NaN] })).toBe('/a/1 is NaN');
    expect(notPlainData({ a: new Proxy({}, {}) })).toBe('/a is a Proxy');
    expect(notPlainData({ a: new Date(0) })).toBe('/a has another prototype than a plain object');
    expect(notPlainData({ a: [undefined, 1] })).toBe('/a/0 is undefined in an array');
    // eslint-disable-next-line no-sparse-arrays
    expect(notPlainData({ a: [, 1] })).toBe('/a is a sparse array');
    const withGetter = Object.defineProperty({}, 'b', { get: () => 1, enumerable: true });
    expect(notPlainData({ a: withGetter })).toBe('/a/b is a getter');
  });

  it('tells a date on the calendar from one that is not', () => {
    const at = (answeredAt: string) => impossibleDate({ answers: { q: { answeredAt } } });
    expect(at('2024-02-29T23:59:59.999+01:00')).toBeNull();
    expect(at('2026-02-30T10:00:00Z')).toBe(
      '/answers/q/answeredAt is "2026-02-30T10:00:00Z", not a date on the calendar',
    );
    expect(at('2025-02-29T10:00:00Z')).not.toBeNull();
    expect(at('2026-04-31T10:00:00Z')).not.toBeNull();
    expect(at('2026-03-25T23:59:60Z')).not.toBeNull();
    // Only timestamps: a title may say anything.
    expect(impossibleDate({ title: '2026-02-30T10:00:00Z' })).toBeNull();
  });

  it('builds the hostile values it says', () => {
    const deep = build(
      { shape: 'whole', leaf: { k: 'deep', depth: 10_000, of: 'array' }, form: 'text' },
      {},
    ) as string;
    let value: unknown = JSON.parse(deep);
    let depth = 0;
    while (Array.isArray(value)) [value, depth] = [value[0], depth + 1];
    expect(depth).toBe(10_000);
    const proxy = build(
      {
        shape: 'whole',
        leaf: { k: 'proxy-huge-length', length: 2 ** 32 - 1, item: {} },
        form: 'value',
      },
      {},
    ) as unknown[];
    expect([Array.isArray(proxy), proxy.length]).toEqual([true, 2 ** 32 - 1]);
    const own = build(
      {
        shape: 'edit',
        base: 'doc',
        edits: [{ op: 'add', path: [], key: '__proto__', leaf: { k: 'json', v: { polluted: 1 } } }],
        form: 'value',
      },
      { doc: { a: 1 } },
    ) as object;
    expect([
      Object.hasOwn(own, '__proto__'),
      Object.getPrototypeOf(own) === Object.prototype,
    ]).toEqual([true, true]);
  });

  it('builds every input in bounded time: edits stop at a shared item and at a typed array', () => {
    // A key added to one slot of a `many` array goes to that slot alone (it went to all 390,486,
    // a text of hundreds of GB that never finished building).
    const many = build(
      {
        shape: 'edit',
        base: 'doc',
        edits: [
          { op: 'set', path: [0], leaf: { k: 'many', n: 1000, item: {} } },
          { op: 'add', path: [0, 7], key: 'big', leaf: { k: 'huge-string', size: 10, ch: 'x' } },
        ],
        form: 'value',
      },
      { doc: { list: [] } },
    ) as { list: object[] };
    expect(many.list.filter((item) => Object.hasOwn(item, 'big'))).toHaveLength(1);
    // A typed array is not written into: a huge array Proxy written there is made a number,
    // which joins its 2^31 items.
    const typed = build(
      {
        shape: 'edit',
        base: 'doc',
        edits: [
          { op: 'set', path: [], leaf: { k: 'instance', of: 'typed-array' } },
          { op: 'set', path: [1], leaf: { k: 'proxy-huge-length', length: 2 ** 31, item: 1 } },
        ],
        form: 'value',
      },
      { doc: {} },
    );
    expect(Array.isArray(typed)).toBe(true);
  });
});
