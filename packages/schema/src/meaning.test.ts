// The schema says what it means: JSON text is read once by every parse function, earlier
// answers are checked against their question as current ones are, and an evidence link is
// what the URL parser reads as an http(s) address. (Real calendar dates: parse.test.ts.)
import { describe, expect, it } from 'vitest';
import {
  isEvidenceUrl,
  parseActionPlan,
  parseCourse,
  parseFeedback,
  parseFramework,
  parseFrameworkMapping,
  parseFrameworkTexts,
  parseResponse,
  readDraftPlan,
  type ParseResult,
} from './index.js';
import { validFramework, validPlan, validResponse } from './test-fixtures.js';

describe('JSON text is read once, by every parse function', () => {
  const feedback = {
    format: 'dtc.feedback',
    version: 1,
    framework: { id: 'tiny', version: '1.0.0' },
    items: [],
  };
  const texts = {
    format: 'dtc.framework-texts',
    version: 1,
    framework: { id: 'tiny', version: '1.0.0' },
    locale: 'fr',
    texts: { title: 'Petit' },
  };
  const mapping = {
    format: 'dtc.framework-mapping',
    version: 1,
    from: { id: 'tiny', version: '1.0.0' },
    to: { id: 'tiny', version: '2.0.0' },
    rules: [],
  };
  const cases: [string, unknown, (input: unknown) => ParseResult<unknown> | { ok: boolean }][] = [
    ['parseResponse', validResponse(), (i) => parseResponse(i)],
    ['parseResponse with a framework', validResponse(), (i) => parseResponse(i, validFramework())],
    ['parseFramework', validFramework(), (i) => parseFramework(i)],
    ['parseActionPlan', validPlan(), (i) => parseActionPlan(i)],
    ['readDraftPlan', validPlan(), (i) => readDraftPlan(i)],
    ['parseFeedback', feedback, (i) => parseFeedback(i)],
    ['parseFrameworkTexts', texts, (i) => parseFrameworkTexts(i)],
    ['parseFrameworkMapping', mapping, (i) => parseFrameworkMapping(i)],
  ];

  it.each(cases)('%s reads the JSON text of a document', (_, doc, parse) => {
    expect(parse(JSON.stringify(doc)).ok).toBe(true);
  });

  it.each(cases)(
    '%s refuses JSON text whose value is itself the text of a document',
    (_, doc, parse) => {
      const twice = JSON.stringify(JSON.stringify(doc));
      const parsed = parse(twice) as { ok: boolean; issues?: unknown };
      expect(parsed.ok).toBe(false);
      expect(parsed.issues).toEqual([
        expect.objectContaining({
          path: [],
          code: 'invalid-type',
          params: { expected: 'object', found: 'string' },
        }),
      ]);
    },
  );

  it('parseCourse refuses it the same way', () => {
    const parsed = parseCourse(JSON.stringify(JSON.stringify({ format: 'dtc.course' })));
    expect(!parsed.ok && parsed.issues[0]).toEqual(
      expect.objectContaining({
        path: [],
        code: 'invalid-type',
        params: expect.objectContaining({ found: 'string' }),
      }),
    );
  });
});

describe('earlier answers are checked against their question, given the framework', () => {
  const earlier = (questionId: string, value: number | string) => ({
    questionId,
    answer: { value, answeredAt: '2026-03-25T09:30:00Z' },
    replacedAt: '2026-03-25T10:00:00Z',
    round: 'before deep dive',
  });

  it('level 7 on a four-level question is refused at history.<i>.answer.value', () => {
    const response = validResponse();
    response.history = [earlier('has-strategy', 2), earlier('has-strategy', 7)];
    expect(parseResponse(response).ok).toBe(true);
    const parsed = parseResponse(response, validFramework());
    expect(!parsed.ok && parsed.issues).toEqual([
      {
        path: ['history', 1, 'answer', 'value'],
        code: 'level-out-of-range',
        params: { question: 'has-strategy', expected: '1, 2, 3, 4', found: '7' },
        message: 'Expected one of 1, 2, 3, 4, found 7',
      },
    ]);
  });

  it('every kind of problem, as for current answers', () => {
    const response = validResponse();
    response.history = [
      earlier('budget', 'some'),
      earlier('electricity', 'na'),
      earlier('electricity', 'maybe'),
      earlier('has-strategy', 'na'),
      earlier('notes', 3),
    ];
    const parsed = parseResponse(response, validFramework());
    expect(!parsed.ok && parsed.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-option', ['history', 0, 'answer', 'value']],
      ['na-not-allowed', ['history', 1, 'answer', 'value']],
      ['invalid-boolean', ['history', 2, 'answer', 'value']],
      ['invalid-text', ['history', 4, 'answer', 'value']],
    ]);
  });
});

describe('evidence links: what the URL parser reads as an http(s) address', () => {
  const refused = [
    'http://<script>alert(1)</script>',
    'https://exa mple.org',
    'http://[::1',
    'https://%',
    'https://a b',
    'http://example.org:99999/',
  ];
  const accepted = [
    'https://example.org/report.pdf',
    'http://example.org',
    'HTTPS://EXAMPLE.ORG/A?b=c#d',
    'https://例え.jp/資料',
    'https://[::1]:8080/x',
  ];

  it.each(refused)('refuses %s with an invalid-format issue at the link', (link) => {
    expect(isEvidenceUrl(link)).toBe(false);
    const response = validResponse();
    response.answers.budget!.evidence = ['https://example.org/ok', link];
    const parsed = parseResponse(response);
    expect(!parsed.ok && parsed.issues).toEqual([
      {
        path: ['answers', 'budget', 'evidence', 1],
        code: 'invalid-format',
        params: { format: 'regex', pattern: 'url' },
        message: expect.stringContaining('http(s) link') as string,
      },
    ]);
  });

  it.each(accepted)('accepts %s', (link) => {
    expect(isEvidenceUrl(link)).toBe(true);
    const response = validResponse();
    response.answers.budget!.evidence = [link];
    expect(parseResponse(response).ok).toBe(true);
  });

  it('keeps the bound on length', () => {
    const long = `https://example.org/${'a'.repeat(2000)}`;
    expect(isEvidenceUrl(long)).toBe(false);
    const response = validResponse();
    response.answers.budget!.evidence = [long];
    const parsed = parseResponse(response);
    expect(!parsed.ok && parsed.issues.map((i) => i.code)).toEqual(['too-big']);
  });
});
