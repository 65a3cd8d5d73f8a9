import { describe, expect, it } from 'vitest';
import {
  carriedPairs,
  carriedValue,
  parseFramework,
  parseFrameworkMapping,
  type Framework,
  type FrameworkMappingInput,
} from './index.js';
import { validFramework } from './test-fixtures.js';

const t = (en: string) => ({ en, fr: `${en} (fr)` });
const levels4 = [1, 2, 3, 4].map((level) => ({ level, text: t(`At ${level}`) }));

/** Version 2 of the tiny framework: `budget` (a choice) revised into a rubric, `electricity`
 * (yes/no) split into two rubrics, `notes` renamed, a new question added. */
function nextFramework(): Framework {
  const fw = validFramework();
  const [leadership, connectivity] = fw.pillars;
  leadership!.components[0]!.questions = [
    leadership!.components[0]!.questions[0]!,
    { id: 'budget', kind: 'rubric', title: t('Budget lines'), descriptors: levels4 },
    { id: 'partners', kind: 'rubric', title: t('Partners'), descriptors: levels4 },
  ];
  connectivity!.components[0]!.questions = [
    { id: 'power', kind: 'rubric', title: t('Power'), descriptors: levels4 },
    { id: 'internet', kind: 'rubric', title: t('Internet'), descriptors: levels4 },
    { id: 'remarks', kind: 'text', title: t('Remarks') },
  ];
  return { ...fw, version: '2.0.0', predecessor: { id: 'tiny', version: '1.0.0' } };
}

function mapping(): FrameworkMappingInput {
  return {
    format: 'dtc.framework-mapping',
    version: 1,
    from: { id: 'tiny', version: '1.0.0' },
    to: { id: 'tiny', version: '2.0.0' },
    rules: [
      { change: 'kept', from: ['has-strategy'], to: ['has-strategy'] },
      { change: 'revised', from: ['budget'], to: ['budget'], values: { none: 1, full: 4 } },
      { change: 'added', to: ['partners'] },
      {
        change: 'split',
        from: ['electricity'],
        to: ['power', 'internet'],
        carry: ['power'],
        values: { yes: 4, no: 1 },
        note: t('Power and internet are asked apart'),
      },
      { change: 'renamed', from: ['notes'], to: ['remarks'] },
    ],
  };
}

const codes = (r: ReturnType<typeof parseFrameworkMapping>) =>
  r.ok ? [] : r.issues.map((i) => `${i.code} ${i.path.join('.')}`);

describe('parseFrameworkMapping', () => {
  it('reads a valid mapping alone, against both frameworks, and as JSON text', () => {
    expect(parseFramework(nextFramework()).ok).toBe(true);
    expect(codes(parseFrameworkMapping(mapping()))).toEqual([]);
    expect(codes(parseFrameworkMapping(mapping(), validFramework(), nextFramework()))).toEqual([]);
    expect(codes(parseFrameworkMapping(JSON.stringify(mapping())))).toEqual([]);
  });

  it('refuses a rule whose shape does not fit its change', () => {
    const m = mapping();
    m.rules.push(
      { change: 'kept', from: ['a'], to: ['b'] },
      { change: 'renamed', from: ['c'], to: ['c'] },
      { change: 'merged', from: ['d'], to: ['e'] },
      { change: 'removed', from: ['f'], to: ['g'] },
      { change: 'revised', from: ['h'], to: ['i'], carry: ['i'] },
      { change: 'split', from: ['j'], to: ['k'], carry: ['z'] },
    );
    expect(codes(parseFrameworkMapping(m))).toEqual([
      'invalid-mapping-rule rules.5.to.0',
      'invalid-mapping-rule rules.6.to.0',
      'invalid-mapping-rule rules.7.from',
      'invalid-mapping-rule rules.8.to',
      'invalid-mapping-rule rules.9.carry',
      'invalid-mapping-rule rules.10.carry.0',
    ]);
  });

  it('names a question twice on one side as a duplicate', () => {
    const m = mapping();
    m.rules.push({ change: 'removed', from: ['budget'] });
    expect(codes(parseFrameworkMapping(m))).toEqual(['duplicate-mapping rules.5.from.0']);
  });

  it('accounts for every question of both versions, and knows no others', () => {
    const m = mapping();
    m.rules = m.rules.filter((r) => r.change !== 'added' && r.change !== 'renamed');
    m.rules.push({ change: 'removed', from: ['ghost'] });
    expect(codes(parseFrameworkMapping(m, validFramework(), nextFramework()))).toEqual([
      'unknown-question rules.3.from.0',
      'unmapped-question rules',
      'unmapped-question rules',
      'unmapped-question rules',
    ]);
    const r = parseFrameworkMapping(m, validFramework(), nextFramework());
    expect(r.ok ? [] : r.issues.map((i) => i.params?.question).filter(Boolean)).toEqual([
      'ghost',
      'notes',
      'partners',
      'remarks',
    ]);
  });

  it('checks that every carried answer is valid where it lands', () => {
    const m = mapping();
    m.rules[1] = { change: 'revised', from: ['budget'], to: ['budget'], values: { none: 1 } };
    m.rules[3] = { ...m.rules[3]!, values: { yes: 4, maybe: 2 } };
    expect(codes(parseFrameworkMapping(m, validFramework(), nextFramework()))).toEqual([
      'invalid-carried-value rules.1.values',
      'unknown-value rules.3.values.maybe',
      'invalid-carried-value rules.3.values',
    ]);
  });

  it('lets a value be left behind with null, and "na" must be if the new question refuses it', () => {
    const m = mapping();
    const next = nextFramework();
    const strategy = next.pillars[0]!.components[0]!.questions[0]!;
    next.pillars[0]!.components[0]!.questions[0] = { ...strategy, allowNotApplicable: false };
    expect(codes(parseFrameworkMapping(m, validFramework(), next))).toEqual([
      'invalid-carried-value rules.0.values',
    ]);
    m.rules[0] = {
      change: 'revised',
      from: ['has-strategy'],
      to: ['has-strategy'],
      values: { na: null },
    };
    expect(codes(parseFrameworkMapping(m, validFramework(), next))).toEqual([]);
  });

  it('says when the frameworks are not the ones it maps', () => {
    expect(codes(parseFrameworkMapping(mapping(), nextFramework(), nextFramework()))).toEqual([
      'framework-version-mismatch from',
    ]);
  });

  it('refuses a newer mapping format and unreadable input with one issue', () => {
    expect(codes(parseFrameworkMapping({ ...mapping(), version: 2 }))).toEqual([
      'unsupported-version version',
    ]);
    expect(codes(parseFrameworkMapping('{'))).toEqual(['invalid-json ']);
  });
});

describe('carriedPairs and carriedValue', () => {
  it('pair what each change carries', () => {
    const pairs = parseFrameworkMapping(mapping());
    if (!pairs.ok) throw new Error('invalid');
    expect(pairs.value.rules.map(carriedPairs)).toEqual([
      [{ from: 'has-strategy', to: 'has-strategy' }],
      [{ from: 'budget', to: 'budget' }],
      [],
      [{ from: 'electricity', to: 'power' }],
      [{ from: 'notes', to: 'remarks' }],
    ]);
    expect(carriedPairs({ change: 'merged', from: ['a', 'b'], to: ['c'], carry: ['b'] })).toEqual([
      { from: 'b', to: 'c' },
    ]);
  });

  it('translate a value through `values`, and leave others as they are', () => {
    const rule = {
      change: 'revised' as const,
      from: ['q'],
      to: ['q'],
      values: { '2': 3, x: null },
    };
    expect(carriedValue(rule, 2)).toBe(3);
    expect(carriedValue(rule, 'x')).toBeNull();
    expect(carriedValue(rule, 4)).toBe(4);
  });
});

describe('parseFramework: predecessor', () => {
  it('accepts a predecessor and refuses the framework as its own', () => {
    expect(parseFramework(nextFramework()).ok).toBe(true);
    const self = { ...nextFramework(), predecessor: { id: 'tiny', version: '2.0.0' } };
    const r = parseFramework(self);
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['invalid-predecessor']);
  });
});
