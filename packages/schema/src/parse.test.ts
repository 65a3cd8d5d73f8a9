import fc from 'fast-check';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  ActionPlan,
  PATTERNS,
  formatIssues,
  parseActionPlan,
  parseFramework,
  parseResponse,
} from './index.js';
import { mutate, mutationArb, validFramework, validPlan, validResponse } from './test-fixtures.js';

const noThrow = (f: () => unknown) => {
  const result = f() as { ok: boolean };
  expect(typeof result.ok).toBe('boolean');
};

// Generous timeout: property runs slow down a lot on a busy CI machine.
describe('parseFramework and parseResponse never throw', { timeout: 60_000 }, () => {
  it('on anything', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withMap: true, withSet: true }), (input) => {
        noThrow(() => parseFramework(input));
        noThrow(() => parseResponse(input));
        noThrow(() => parseResponse(input, validFramework()));
      }),
      { numRuns: 500 },
    );
  });

  it('on any string, as JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (input) => {
        noThrow(() => parseFramework(input));
        noThrow(() => parseResponse(input));
      }),
      { numRuns: 300 },
    );
  });

  it('on mutated valid frameworks and responses, and reports where', () => {
    fc.assert(
      fc.property(fc.nat(), mutationArb, fc.nat(), mutationArb, (p1, m1, p2, m2) => {
        const framework = mutate(validFramework(), p1, m1);
        const response = mutate(validResponse(), p2, m2);
        const f = parseFramework(framework);
        if (!f.ok) {
          expect(f.issues.length).toBeGreaterThan(0);
          for (const issue of f.issues) expect(typeof issue.message).toBe('string');
        }
        noThrow(() => parseResponse(response));
        noThrow(() => parseResponse(response, validFramework()));
        if (f.ok) noThrow(() => parseResponse(response, f.value));
        noThrow(() => parseFramework(JSON.stringify(framework)));
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseFramework: issues', () => {
  it('accepts the valid framework', () => {
    const result = parseFramework(validFramework());
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('reports duplicate ids with the path of the second one', () => {
    const fw = validFramework();
    fw.pillars[1]!.id = 'leadership';
    fw.pillars[1]!.components[0]!.questions[0]!.id = 'budget';
    const result = parseFramework(fw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: 'duplicate-id', path: ['pillars', 1, 'id'] }),
    );
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'duplicate-id',
        path: ['pillars', 1, 'components', 0, 'questions', 0, 'id'],
      }),
    );
  });

  it('reports a rubric question without a descriptor for every level', () => {
    const fw = validFramework();
    const q = fw.pillars[0]!.components[0]!.questions[0]!;
    if (q.kind !== 'rubric') throw new Error('fixture changed');
    q.descriptors = q.descriptors.filter((d) => d.level !== 3);
    const result = parseFramework(fw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'missing-descriptor',
        path: ['pillars', 0, 'components', 0, 'questions', 0, 'descriptors'],
      }),
    ]);
    expect(result.issues[0]!.message).toContain('3');
  });

  it('reports a missing translation with the locale in the path', () => {
    const fw = validFramework();
    fw.pillars[0]!.components[0]!.title = { en: 'Strategy' };
    const result = parseFramework(fw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'missing-translation',
        path: ['pillars', 0, 'components', 0, 'title', 'fr'],
      }),
    ]);
    expect(formatIssues(result.issues)).toContain('pillars[0].components[0].title.fr');
  });

  it('reports options and levels above the scale', () => {
    const fw = validFramework();
    const q = fw.pillars[0]!.components[0]!.questions[1]!;
    if (q.kind !== 'choice') throw new Error('fixture changed');
    q.options[1]!.level = 5;
    const result = parseFramework(fw);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'level-out-of-range',
        path: ['pillars', 0, 'components', 0, 'questions', 1, 'options', 1, 'level'],
      }),
    ]);
  });

  it('reports invalid JSON at the root', () => {
    const result = parseFramework('{"id": "tiny",');
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'invalid-json', path: [] })],
    });
  });

  it('reads JSON text', () => {
    expect(parseFramework(JSON.stringify(validFramework())).ok).toBe(true);
  });
});

describe('parseResponse: issues', () => {
  it('accepts the valid response, alone and against its framework', () => {
    expect(parseResponse(validResponse()).ok).toBe(true);
    const result = parseResponse(validResponse(), validFramework());
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('fills in an empty history', () => {
    const { history: _, ...withoutHistory } = validResponse();
    const result = parseResponse(withoutHistory);
    expect(result.ok && result.value.history).toEqual([]);
  });

  it('reports an answer to an unknown question', () => {
    const response = validResponse();
    response.answers['no-such-question'] = { value: 2, answeredAt: '2026-03-25T09:30:00.000Z' };
    const result = parseResponse(response, validFramework());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'unknown-question', path: ['answers', 'no-such-question'] }),
    ]);
  });

  it('reports a level out of range, an unknown option and a disallowed "na"', () => {
    const response = validResponse();
    response.answers['has-strategy']!.value = 5;
    response.answers.budget!.value = 'some';
    response.answers.electricity!.value = 'na';
    const result = parseResponse(response, validFramework());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['level-out-of-range', ['answers', 'has-strategy', 'value']],
      ['unknown-option', ['answers', 'budget', 'value']],
      ['na-not-allowed', ['answers', 'electricity', 'value']],
    ]);
  });

  it('reports a response to another framework', () => {
    const response = validResponse();
    response.framework.id = 'other';
    const result = parseResponse(response, validFramework());
    expect(!result.ok && result.issues[0]!.code).toBe('framework-mismatch');
  });

  it('reports invalid JSON and an unsupported format version', () => {
    expect(parseResponse('not json')).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'invalid-json', path: [] })],
    });
    const result = parseResponse({ ...validResponse(), version: 2 });
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'unsupported-version', path: ['version'] })],
    });
  });
});

describe('what JSON cannot express', () => {
  it('accepts plain objects from another realm, as zod does', () => {
    const framework = runInNewContext(`(${JSON.stringify(validFramework())})`) as unknown;
    expect(parseFramework(framework).ok).toBe(true);
    const response = runInNewContext(`(${JSON.stringify(validResponse())})`) as unknown;
    expect(parseResponse(response).ok).toBe(true);
  });

  it('skips non-enumerable properties, as zod does', () => {
    const response = validResponse();
    Object.defineProperty(response.answers, 'hidden', { value: 'x', enumerable: false });
    const parsed = parseResponse(response);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(Object.keys(parsed.value.answers)).toEqual(Object.keys(response.answers));
  });
});

describe('timestamps', () => {
  it('refuses dates and times that cannot be', () => {
    for (const bad of [
      '2026-13-01T00:00Z',
      '2026-00-10T00:00Z',
      '2026-01-32T00:00Z',
      '2026-01-01T24:00Z',
      '2026-01-01T10:60Z',
      '2026-01-01T10:00+25:00',
      // Days that do not exist, and the leap second: Date would read them as another moment.
      '2026-02-30T00:00Z',
      '2026-04-31T12:00:00Z',
      '2025-02-29T00:00Z',
      '1900-02-29T00:00Z',
      '2026-12-31T23:59:60Z',
      '2026-03-25T23:59:60Z',
    ]) {
      const response = validResponse();
      response.updatedAt = bad;
      expect(parseResponse(response).ok, bad).toBe(false);
    }
    for (const ok of [
      '2026-12-31T23:59:59Z',
      '2026-01-01T00:00Z',
      '2026-06-30T12:30:15.123+05:30',
      '2024-02-29T23:30:00+05:30',
      '2000-02-29T00:00Z',
      '2026-04-30T00:00Z',
    ]) {
      const response = validResponse();
      response.updatedAt = ok;
      const parsed = parseResponse(response);
      expect(parsed.ok, ok).toBe(true);
      // Kept as written: the offset is not turned into UTC.
      expect(parsed.ok && parsed.value.updatedAt).toBe(ok);
    }
  });

  it('words a day that does not exist as any other bad date', () => {
    const response = validResponse();
    response.answers.budget!.answeredAt = '2025-02-29T10:00:00Z';
    const parsed = parseResponse(response);
    expect(!parsed.ok && parsed.issues).toEqual([
      expect.objectContaining({
        path: ['answers', 'budget', 'answeredAt'],
        code: 'invalid-format',
        params: { format: 'regex', pattern: 'timestamp' },
      }),
    ]);
  });
});

describe('parseFramework: language tags', () => {
  it('asks for the canonical case, so text can be found by its tag', () => {
    for (const tag of ['FR', 'fr-ca', 'en-a1', 'zh-hant']) {
      const framework = validFramework();
      framework.locales = ['en', tag];
      const parsed = parseFramework(framework);
      expect(parsed.ok, tag).toBe(false);
      if (!parsed.ok) expect(formatIssues(parsed.issues)).toContain('canonical case');
    }
    for (const tag of ['fr', 'fr-CA', 'es-419', 'zh-Hant', 'zh-Hant-TW', 'de-CH-1996']) {
      expect(Intl.getCanonicalLocales(tag)[0], tag).toBe(tag);
      expect(PATTERNS.locale.re.test(tag), tag).toBe(true);
    }
  });
});

describe('parseFramework: reserved ids', () => {
  it('reports a choice option named like the answers "na" and "dont-know"', () => {
    const framework = validFramework();
    const question = framework.pillars
      .flatMap((p) => p.components.flatMap((c) => c.questions))
      .find((q) => q.kind === 'choice');
    if (question?.kind !== 'choice') throw new Error('the fixture has a choice question');
    question.options[0]!.id = 'na';
    const parsed = parseFramework(framework);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.issues.map((i) => i.code)).toContain('reserved-id');
      expect(parsed.issues.find((i) => i.code === 'reserved-id')!.path.slice(-3)).toEqual([
        'options',
        0,
        'id',
      ]);
    }
  });
});

describe('parseActionPlan: issues', () => {
  it('reports an action whose title is empty or only spaces, as the zod schema does', () => {
    for (const title of ['', '   ', '\n\t']) {
      const plan = validPlan();
      plan.actions[0]!.title = title;
      const parsed = parseActionPlan(plan);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      expect(parsed.issues).toEqual([
        expect.objectContaining({
          path: ['actions', 0, 'title'],
          message: 'An action needs a title',
        }),
      ]);
      expect(ActionPlan.safeParse(plan).success).toBe(false);
    }
    const plan = validPlan();
    plan.actions[0]!.title = ' Train teachers ';
    expect(parseActionPlan(plan).ok).toBe(true);
  });
});

describe('hostile inputs', () => {
  const throwingGetter = () => {
    const response = validResponse() as unknown as Record<string, unknown>;
    Object.defineProperty(response, 'answers', {
      enumerable: true,
      get() {
        throw new Error('getter says no');
      },
    });
    return response;
  };
  const throwingProxy = () =>
    new Proxy(
      {},
      {
        get() {
          throw new Error('proxy says no');
        },
        ownKeys() {
          throw new Error('proxy says no');
        },
        has() {
          throw new Error('proxy says no');
        },
      },
    );
  const cyclic = () => {
    // Cycles where the schema reads (a pillar that is its own component) and where it
    // does not (unknown keys, which are dropped).
    const fw = validFramework() as unknown as Record<string, unknown>;
    fw.self = fw;
    const pillars = fw.pillars as Record<string, unknown>[];
    (pillars[0]!.components as unknown[]).push(pillars[0]);
    return fw;
  };
  const throwingFormat = () => {
    const response = validResponse() as unknown as Record<string, unknown>;
    Object.defineProperty(response, 'format', {
      enumerable: true,
      get() {
        throw new Error('format says no');
      },
    });
    return response;
  };

  it.each([
    ['a throwing getter', throwingGetter],
    ['a throwing getter on format', throwingFormat],
    ['a proxy whose traps throw', throwingProxy],
    ['a cyclic object', cyclic],
  ])('returns issues for %s instead of throwing', (_, make) => {
    const framework = parseFramework(make());
    const response = parseResponse(make(), validFramework());
    expect(framework.ok).toBe(false);
    expect(response.ok).toBe(false);
    for (const result of [framework, response]) {
      if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
    }
  });

  it('returns issues for a revoked proxy instead of throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(parseFramework(proxy).ok).toBe(false);
    expect(parseResponse(proxy).ok).toBe(false);
  });
});

describe('issue codes and params', { timeout: 60_000 }, () => {
  const kebab = /^[a-z]+(?:-[a-z]+)*$/;

  it('are kebab-case, with params of plain values, on any broken input', () => {
    fc.assert(
      fc.property(fc.nat(), mutationArb, fc.nat(), mutationArb, (p1, m1, p2, m2) => {
        const results = [
          parseFramework(mutate(validFramework(), p1, m1)),
          parseResponse(mutate(validResponse(), p2, m2), validFramework()),
          parseActionPlan(mutate(validPlan(), p2, m2), validFramework()),
        ];
        for (const result of results) {
          if (result.ok) continue;
          for (const issue of result.issues) {
            expect(issue.code).toMatch(kebab);
            expect(issue.params, issue.code).toBeTypeOf('object');
            for (const value of Object.values(issue.params!)) {
              expect(['string', 'number']).toContain(typeof value);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('say what a sentence needs: expected and found, limits, the pattern missed', () => {
    const response = validResponse() as unknown as Record<string, unknown>;
    response.respondent = { role: 'ministry-education', country: 'sen' };
    delete response.framework;
    const parsed = parseResponse(response);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        path: ['framework'],
        code: 'invalid-type',
        params: { expected: 'object', found: 'nothing' },
        message: 'Required object is missing',
      }),
      expect.objectContaining({
        path: ['respondent', 'country'],
        code: 'invalid-format',
        params: { format: 'regex', pattern: 'country' },
      }),
    ]);
  });

  it('say which bound a text passed (refused before anything else is checked)', () => {
    const response = validResponse() as unknown as Record<string, unknown>;
    response.label = 'x'.repeat(201);
    delete response.framework;
    const parsed = parseResponse(response);
    expect(!parsed.ok && parsed.issues).toEqual([
      {
        path: ['label'],
        code: 'too-big',
        params: { origin: 'string', maximum: 200, inclusive: 'yes' },
        message: 'Expected at most 200 characters',
      },
    ]);
  });

  it('give an answer problem the question and the values it takes', () => {
    const response = validResponse();
    response.answers.budget!.value = 'some';
    const parsed = parseResponse(response, validFramework());
    expect(!parsed.ok && parsed.issues[0]).toEqual(
      expect.objectContaining({
        code: 'unknown-option',
        params: expect.objectContaining({ question: 'budget', found: '"some"' }),
      }),
    );
  });

  it('name a record key that is not a language tag', () => {
    const framework = validFramework() as unknown as Record<string, unknown>;
    framework.title = { en: 'Tiny', fr: 'Petit', FR: 'Petit' };
    const parsed = parseFramework(framework);
    expect(!parsed.ok && parsed.issues).toEqual([
      expect.objectContaining({
        path: ['title', 'FR'],
        code: 'invalid-key',
        params: { key: 'FR', pattern: 'locale' },
      }),
    ]);
  });
});

describe('huge strings', () => {
  it('are reported quickly, without running a pattern over them for long', () => {
    const huge = 'a'.repeat(5_000_000);
    const response = validResponse();
    response.answers.budget!.evidence = [`https://example.org/${huge} `];
    response.label = huge;
    const started = performance.now();
    const parsed = parseResponse(JSON.stringify(response), validFramework());
    const framework = parseFramework({ ...validFramework(), id: huge });
    expect(performance.now() - started).toBeLessThan(2_000);
    // Texts past their bound are refused before any pattern runs over them.
    expect(!parsed.ok && parsed.issues.map((i) => [i.code, i.path])).toEqual([
      ['too-big', ['label']],
      ['too-big', ['answers', 'budget', 'evidence', 0]],
    ]);
    expect(!framework.ok && framework.issues.map((i) => [i.code, i.path])).toEqual([
      ['too-big', ['id']],
    ]);
  });
});
