// Hostile input is bounded: lists, entries and texts past their bound are refused before they
// are walked, and no parse function reports more than MAX_ISSUES issues (then one that counts
// the rest). No test here measures time: a case that walked what it should refuse would hang
// or run out of memory, which is the failure.
import { describe, expect, it } from 'vitest';
import {
  FRAMEWORK_LIMITS,
  INPUT_LIMITS,
  MAPPING_LIMITS,
  MAX_ISSUES,
  PLAN_LIMITS,
  RESPONSE_LIMITS,
  indexQuestions,
  issueCount,
  parseActionPlan,
  parseCourse,
  parseFeedback,
  parseFramework,
  parseFrameworkMapping,
  parseFrameworkTexts,
  parseResponse,
  readDraftPlan,
  type Issue,
} from './index.js';
import { validFramework, validPlan, validResponse } from './test-fixtures.js';

const codesAndPaths = (issues: readonly Issue[]) => issues.map((i) => [i.code, i.path]);

/** A 5 MB response whose history is `[{},{},…]`. */
function floodedHistory(): string {
  const text = JSON.stringify({ ...validResponse(), history: [] });
  const items = '{},'.repeat(Math.ceil((5 * 2 ** 20) / 3)).slice(0, -1);
  return text.replace('"history":[]', `"history":[${items}]`);
}

describe('a long list is refused before it is walked', () => {
  it('a 5 MB history of empty objects is one issue, with or without the framework', () => {
    const json = floodedHistory();
    expect(json.length).toBeGreaterThan(5 * 2 ** 20);
    const alone = parseResponse(json);
    expect(!alone.ok && alone.issues).toEqual([
      {
        path: ['history'],
        code: 'too-big',
        params: { origin: 'array', maximum: RESPONSE_LIMITS.history, inclusive: 'yes' },
        message: `Expected at most ${RESPONSE_LIMITS.history} items`,
      },
    ]);
    const framework = validFramework();
    const most = indexQuestions(framework).size * RESPONSE_LIMITS.historyPerQuestion;
    const against = parseResponse(json, framework);
    expect(!against.ok && against.issues).toEqual([
      expect.objectContaining({
        path: ['history'],
        code: 'too-big',
        params: { origin: 'array', maximum: most, inclusive: 'yes' },
      }),
    ]);
  });

  it('a proxy that says it holds 2^32 − 1 items is refused, not walked', () => {
    let reads = 0;
    const history = new Proxy([], {
      get(target, key) {
        if (key === 'length') return 2 ** 32 - 1;
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key);
      },
    });
    const parsed = parseResponse({ ...validResponse(), history });
    expect(!parsed.ok && codesAndPaths(parsed.issues)).toEqual([['too-big', ['history']]]);
    expect(reads).toBe(0);
  });

  it('a sparse list of 2^32 − 1 holes is refused, in every format', () => {
    const sparse = () => {
      const list: unknown[] = [];
      list.length = 2 ** 32 - 1;
      return list;
    };
    const response = parseResponse({ ...validResponse(), history: sparse() }, validFramework());
    expect(!response.ok && codesAndPaths(response.issues)).toEqual([['too-big', ['history']]]);
    const plan = parseActionPlan({ ...validPlan(), actions: sparse() });
    expect(!plan.ok && plan.issues[0]).toEqual(
      expect.objectContaining({
        path: ['actions'],
        code: 'too-big',
        params: { origin: 'array', maximum: PLAN_LIMITS.actions, inclusive: 'yes' },
      }),
    );
    const framework = parseFramework({ ...validFramework(), pillars: sparse() });
    expect(!framework.ok && framework.issues[0]).toEqual(
      expect.objectContaining({
        path: ['pillars'],
        code: 'too-big',
        params: { origin: 'array', maximum: FRAMEWORK_LIMITS.pillars, inclusive: 'yes' },
      }),
    );
    const mapping = parseFrameworkMapping({
      format: 'dtc.framework-mapping',
      version: 1,
      from: { id: 'a', version: '1.0.0' },
      to: { id: 'a', version: '2.0.0' },
      rules: sparse(),
    });
    expect(!mapping.ok && mapping.issues[0]).toEqual(
      expect.objectContaining({
        path: ['rules'],
        params: { origin: 'array', maximum: MAPPING_LIMITS.rules, inclusive: 'yes' },
      }),
    );
    const feedback = parseFeedback({
      format: 'dtc.feedback',
      version: 1,
      framework: { id: 'tiny', version: '1.0.0' },
      items: sparse(),
    });
    expect(!feedback.ok && codesAndPaths(feedback.issues)).toEqual([['too-big', ['items']]]);
    const course = parseCourse({ format: 'dtc.course', version: 1, sources: sparse() });
    expect(!course.ok && codesAndPaths(course.issues)).toEqual([['too-big', ['sources']]]);
  });

  it('deep in a document, the issue is at the list', () => {
    const framework = validFramework() as unknown as {
      pillars: { components: { questions: unknown[] }[] }[];
    };
    framework.pillars[0]!.components[0]!.questions.length = FRAMEWORK_LIMITS.questions + 1;
    const parsed = parseFramework(framework);
    expect(!parsed.ok && codesAndPaths(parsed.issues)).toEqual([
      ['too-big', ['pillars', 0, 'components', 0, 'questions']],
    ]);
  });
});

describe('bounds that multiply are bounded in all', () => {
  it('a framework of 20 pillars × 50 components × 50 questions is one issue at the root', () => {
    const fw = validFramework();
    const question = fw.pillars[0]!.components[0]!.questions[0]!;
    const component = { ...fw.pillars[0]!.components[0]!, questions: Array(50).fill(question) };
    const pillar = { ...fw.pillars[0]!, components: Array(50).fill(component) };
    const parsed = parseFramework({ ...fw, pillars: Array(20).fill(pillar) });
    expect(!parsed.ok && parsed.issues).toEqual([
      {
        path: [],
        code: 'too-big',
        params: { origin: 'document', maximum: INPUT_LIMITS.groups, inclusive: 'yes' },
        message: `Expected at most ${INPUT_LIMITS.groups} lists and groups of fields in all`,
      },
    ]);
  });

  it('a response carried 20 times with 5,000 earlier answers each', () => {
    const migration = {
      from: { id: 'tiny', version: '0.9.0' },
      to: { id: 'tiny', version: '1.0.0' },
      at: '2026-03-25T09:30:00Z',
      answers: {},
      history: Array(RESPONSE_LIMITS.history).fill({}),
    };
    const parsed = parseResponse({
      ...validResponse(),
      migrations: Array(RESPONSE_LIMITS.migrations).fill(migration),
    });
    expect(!parsed.ok && codesAndPaths(parsed.issues)).toEqual([['too-big', []]]);
  });

  it('the bundled shapes stay far within: the fixtures read', () => {
    expect(parseFramework(validFramework()).ok).toBe(true);
    expect(parseActionPlan(validPlan(), validFramework()).ok).toBe(true);
  });
});

describe('groups of fields and texts past their bound', () => {
  it('a response with more answers than any framework has questions', () => {
    const answers: Record<string, unknown> = {};
    for (let i = 0; i <= RESPONSE_LIMITS.answers; i++) answers[`q${i}`] = {};
    const parsed = parseResponse({ ...validResponse(), answers });
    expect(!parsed.ok && parsed.issues).toEqual([
      {
        path: ['answers'],
        code: 'too-big',
        params: { origin: 'record', maximum: RESPONSE_LIMITS.answers, inclusive: 'yes' },
        message: `Expected at most ${RESPONSE_LIMITS.answers} entries`,
      },
    ]);
  });

  it('a text in more languages than a framework may declare', () => {
    const title: Record<string, string> = {};
    for (let i = 0; i <= FRAMEWORK_LIMITS.locales; i++) title[`x-${i}`] = 'x';
    const parsed = parseFramework({ ...validFramework(), title });
    expect(!parsed.ok && codesAndPaths(parsed.issues)).toEqual([['too-big', ['title']]]);
  });

  it('a text longer than its field allows, in each format', () => {
    const long = 'x'.repeat(FRAMEWORK_LIMITS.text + 1);
    const framework = validFramework();
    framework.pillars[0]!.components[0]!.questions[0]!.help = { en: long, fr: 'x' };
    const parsed = parseFramework(framework);
    expect(!parsed.ok && parsed.issues).toEqual([
      expect.objectContaining({
        path: ['pillars', 0, 'components', 0, 'questions', 0, 'help', 'en'],
        code: 'too-big',
        params: { origin: 'string', maximum: FRAMEWORK_LIMITS.text, inclusive: 'yes' },
      }),
    ]);
    const texts = parseFrameworkTexts({
      format: 'dtc.framework-texts',
      version: 1,
      framework: { id: 'tiny', version: '1.0.0' },
      locale: 'fr',
      texts: { title: long },
    });
    expect(!texts.ok && codesAndPaths(texts.issues)).toEqual([['too-big', ['texts', 'title']]]);
    const version = parseFramework({ ...validFramework(), version: `1.0.0-${'a'.repeat(100)}` });
    expect(!version.ok && codesAndPaths(version.issues)).toEqual([['too-big', ['version']]]);
    const locale = parseFramework({
      ...validFramework(),
      locales: ['en', `fr-${'abcdefgh-'.repeat(4)}x`],
    });
    expect(!locale.ok && codesAndPaths(locale.issues)).toEqual([['too-big', ['locales', 1]]]);
  });

  it('a text where the format names no bound of its own meets the general one', () => {
    const parsed = parseResponse({
      ...validResponse(),
      framework: { id: 'x'.repeat(INPUT_LIMITS.string + 1), version: '1.0.0' },
    });
    expect(!parsed.ok && parsed.issues).toEqual([
      expect.objectContaining({
        path: ['framework', 'id'],
        code: 'too-big',
        params: { origin: 'string', maximum: INPUT_LIMITS.string, inclusive: 'yes' },
      }),
    ]);
  });

  it('a mapping whose values name a long answer', () => {
    const parsed = parseFrameworkMapping({
      format: 'dtc.framework-mapping',
      version: 1,
      from: { id: 'a', version: '1.0.0' },
      to: { id: 'a', version: '2.0.0' },
      rules: [{ change: 'kept', from: ['q'], to: ['q'], values: { ['y'.repeat(101)]: 1 } }],
    });
    expect(!parsed.ok && codesAndPaths(parsed.issues)).toEqual([
      ['too-big', ['rules', 0, 'values', 'y'.repeat(101)]],
    ]);
  });
});

describe('history: at most RESPONSE_LIMITS.historyPerQuestion earlier answers per question', () => {
  const entry = (questionId: string) => ({
    questionId,
    answer: { value: 2, answeredAt: '2026-03-25T09:30:00Z' },
    replacedAt: '2026-03-25T10:00:00Z',
  });

  it('accepts as many, refuses one more, with or without the framework', () => {
    const at = (n: number) => ({
      ...validResponse(),
      history: Array.from({ length: n }, () => entry('has-strategy')),
    });
    const max = RESPONSE_LIMITS.historyPerQuestion;
    expect(parseResponse(at(max), validFramework()).ok).toBe(true);
    for (const framework of [undefined, validFramework()]) {
      const parsed = parseResponse(at(max + 1), framework);
      expect(!parsed.ok && parsed.issues).toEqual([
        {
          path: ['history'],
          code: 'too-big',
          params: { origin: 'array', maximum: max, inclusive: 'yes', question: 'has-strategy' },
          message: `Expected at most ${max} earlier answers to question "has-strategy", found ${max + 1}`,
        },
      ]);
    }
  });
});

describe(`at most MAX_ISSUES (${MAX_ISSUES}) issues, then one that counts the rest`, () => {
  it('from the schema', () => {
    // 150 history entries (within the bound without a framework), each missing 3 fields.
    const parsed = parseResponse({ ...validResponse(), history: Array(150).fill({}) });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toHaveLength(MAX_ISSUES + 1);
    expect(parsed.issues.at(-1)).toEqual({
      path: [],
      code: 'too-many-issues',
      params: { count: 150 * 3 - MAX_ISSUES },
      message: `And ${150 * 3 - MAX_ISSUES} more issues, not listed`,
    });
    expect(issueCount(parsed.issues)).toBe(150 * 3);
    expect(codesAndPaths(parsed.issues.slice(0, 3))).toEqual([
      ['invalid-type', ['history', 0, 'questionId']],
      ['invalid-type', ['history', 0, 'answer']],
      ['invalid-type', ['history', 0, 'replacedAt']],
    ]);
  });

  it('from the checks after the schema', () => {
    const response = validResponse();
    for (let i = 0; i < 120; i++)
      response.answers[`unknown-${i}`] = { value: 1, answeredAt: '2026-03-25T09:30:00Z' };
    const parsed = parseResponse(response, validFramework());
    expect(!parsed.ok && parsed.issues.length).toBe(MAX_ISSUES + 1);
    expect(!parsed.ok && parsed.issues[0]!.code).toBe('unknown-question');
    expect(!parsed.ok && parsed.issues.at(-1)).toEqual(
      expect.objectContaining({ code: 'too-many-issues', params: { count: 20 } }),
    );
  });

  it('counts the issues of several parses joined in one list', () => {
    const response = validResponse();
    for (let i = 0; i < 120; i++)
      response.answers[`unknown-${i}`] = { value: 1, answeredAt: '2026-03-25T09:30:00Z' };
    const parsed = parseResponse(response, validFramework());
    const other = parseResponse({ ...validResponse(), label: 7 });
    if (parsed.ok || other.ok) throw new Error('both responses should be refused');
    expect(issueCount([...parsed.issues, ...other.issues])).toBe(120 + 1);
    expect(issueCount([...other.issues, ...parsed.issues])).toBe(1 + 120);
  });

  it('reports exactly MAX_ISSUES issues without the counting one', () => {
    const response = validResponse();
    for (let i = 0; i < MAX_ISSUES; i++)
      response.answers[`unknown-${i}`] = { value: 1, answeredAt: '2026-03-25T09:30:00Z' };
    const parsed = parseResponse(response, validFramework());
    expect(!parsed.ok && parsed.issues.length).toBe(MAX_ISSUES);
    expect(!parsed.ok && parsed.issues.some((i) => i.code === 'too-many-issues')).toBe(false);
    expect(!parsed.ok && issueCount(parsed.issues)).toBe(MAX_ISSUES);
  });

  it('in a draft plan too', () => {
    const plan = validPlan();
    plan.actions = Array.from({ length: 200 }, (_, i) => ({
      ...plan.actions[0]!,
      id: `a${i}`,
      title: '',
      horizon: 'soon' as never,
    }));
    const read = readDraftPlan(plan);
    expect(!read.ok && read.issues.length).toBe(MAX_ISSUES + 1);
  });
});

describe('hostile values never throw', () => {
  const parsers = [
    (v: unknown) => parseResponse(v, validFramework()),
    (v: unknown) => parseFramework(v),
    (v: unknown) => parseActionPlan(v, validFramework()),
    (v: unknown) => readDraftPlan(v, validFramework()),
  ];

  it('a cycle, a throwing getter, a revoked proxy', () => {
    const cyclic: Record<string, unknown> = { ...validResponse() };
    cyclic.answers = { 'has-strategy': cyclic };
    cyclic.history = [cyclic];
    const getter = Object.defineProperty({ ...validResponse() }, 'answers', {
      get() {
        throw new Error('no');
      },
      enumerable: true,
    });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const value of [cyclic, getter, proxy])
      for (const parse of parsers) expect(typeof parse(value).ok).toBe('boolean');
  });

  it('a draft plan that cannot be copied is refused, not thrown', () => {
    const plan: Record<string, unknown> = { ...validPlan(), title: 'x'.repeat(201) };
    plan.actions = [{ ...validPlan().actions[0]!, title: '', extra: () => 1 }];
    const read = readDraftPlan(plan, validFramework());
    expect(read.ok).toBe(false);
  });
});
