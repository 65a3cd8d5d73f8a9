import { sixPillars } from '@dtc/framework';
import { historyRounds, responseAtRound } from '@dtc/scoring';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportFileName,
  ImportError,
  MAX_FILE_ASSESSMENTS,
  parseImport,
} from './exchange.js';

const response = {
  format: 'dtc.response',
  version: 1,
  framework: { id: sixPillars.id, version: sixPillars.version },
  respondent: { role: 'ministry-education', country: 'SEN' },
  answers: { 'digital-strategy-status': { value: 3, answeredAt: '2026-03-25T09:30:00Z' } },
  history: [],
};

const exported = (assessments: unknown[], version: number = EXPORT_VERSION) => ({
  format: EXPORT_FORMAT,
  version,
  exportedAt: '2026-03-25T10:00:00Z',
  generator: 'dtc-demo',
  assessments,
});

const entry = {
  id: 'a1',
  label: 'Senegal – Ministry of Education',
  createdAt: '2026-03-25T09:00:00Z',
  updatedAt: '2026-03-25T09:30:00Z',
  response,
  revisions: [],
};

function codeOf(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    return error instanceof ImportError ? error.code : `other: ${String(error)}`;
  }
}

describe('parseImport', () => {
  it('reads a bare response file and an export file, as text or as a value', () => {
    expect(parseImport(JSON.stringify(response), sixPillars)).toHaveLength(1);
    expect(parseImport(response, sixPillars)[0]!.response.answers).toEqual(response.answers);
    const items = parseImport(
      '\uFEFF' + JSON.stringify(exported([entry, { ...entry, id: 'a2' }])),
      sixPillars,
    );
    expect(items.map((i) => i.id)).toEqual(['a1', 'a2']);
    expect(items[0]!.label).toBe(entry.label);
  });

  it('replaces odd ids, which would break the page and deletes', () => {
    const [item] = parseImport(exported([{ ...entry, id: 'a"b c' }]), sixPillars);
    expect(item!.id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(item!.id).not.toBe('a"b c');
  });

  it('reads the revisions of files written before rounds as rounds of the response', () => {
    const before = {
      ...response,
      answers: { 'digital-strategy-status': { value: 1, answeredAt: '2026-03-24T09:00:00Z' } },
    };
    const revision = {
      id: 'r1',
      savedAt: '2026-03-24T10:00:00Z',
      note: 'Before',
      response: before,
    };
    const [item] = parseImport(
      exported([{ ...entry, revisions: [revision, { ...revision, id: 5 }] }]),
      sixPillars,
    );
    expect(item!.response.label).toBe(entry.label);
    expect(historyRounds(item!.response).map((r) => r.round)).toEqual(['Before', 'Before (2)']);
    expect(responseAtRound(item!.response, 'Before')!.answers).toEqual(before.answers);
    expect(item!.response.answers).toEqual(response.answers);
    expect('revisions' in item!).toBe(false);
  });

  it('names what is wrong with a bad file', () => {
    expect(codeOf(() => parseImport('', sixPillars))).toBe('empty');
    expect(codeOf(() => parseImport('{"format":', sixPillars))).toBe('invalid-json');
    expect(codeOf(() => parseImport('[1,2]', sixPillars))).toBe('not-dtc');
    expect(codeOf(() => parseImport({ format: 'something-else' }, sixPillars))).toBe('not-dtc');
    expect(codeOf(() => parseImport(exported([entry], 2), sixPillars))).toBe('unsupported-version');
    expect(codeOf(() => parseImport(exported([]), sixPillars))).toBe('empty');
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(codeOf(() => parseImport({ ...exported([entry]), version: deep }, sixPillars))).toBe(
      'unsupported-version',
    );
    expect(codeOf(() => parseImport({ ...response, version: 7 }, sixPillars))).toBe(
      'unsupported-version',
    );
    expect(
      codeOf(() =>
        parseImport({ ...response, framework: { id: 'other', version: '1.0.0' } }, sixPillars),
      ),
    ).toBe('framework-mismatch');
  });

  it('reports damaged answers with their path', () => {
    const damaged = {
      ...response,
      answers: {
        ...response.answers,
        'no-such-question': { value: 2, answeredAt: '2026-03-25T09:30:00Z' },
      },
    };
    try {
      parseImport(exported([{ ...entry, response: damaged }]), sixPillars);
      expect.unreachable('a damaged file must not import');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      const issues = (error as ImportError).issues;
      expect((error as ImportError).code).toBe('invalid');
      expect(
        issues.some((i) => i.code === 'unknown-question' && i.path.includes('no-such-question')),
      ).toBe(true);
    }
  });

  it('checks the label and dates an export file keeps beside each response', () => {
    const issuesOf = (item: object) => {
      try {
        parseImport(exported([item]), sixPillars);
        return [];
      } catch (error) {
        return (error as ImportError).issues.map((i) => [i.path.join('.'), i.code]);
      }
    };
    expect(issuesOf({ ...entry, label: 'x'.repeat(201) })).toEqual([
      ['assessments.0.label', 'too-big'],
    ]);
    expect(
      issuesOf({ ...entry, createdAt: 'yesterday', updatedAt: '2026-02-30T09:00:00Z' }),
    ).toEqual([
      ['assessments.0.createdAt', 'invalid-format'],
      ['assessments.0.updatedAt', 'invalid-format'],
    ]);
    expect(issuesOf({ ...entry, label: 'x'.repeat(200) })).toEqual([]);
  });

  it(`refuses a file of more than ${MAX_FILE_ASSESSMENTS} assessments before checking any`, () => {
    let read = 0;
    const counted = {
      ...entry,
      get response() {
        read += 1;
        return response;
      },
    };
    const many = Array.from({ length: MAX_FILE_ASSESSMENTS + 1 }, () => counted);
    let error: unknown;
    try {
      parseImport(exported(many), sixPillars);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('invalid');
    expect((error as ImportError).issues).toEqual([
      expect.objectContaining({
        path: ['assessments'],
        code: 'too-big',
        params: { origin: 'array', maximum: MAX_FILE_ASSESSMENTS, inclusive: 'yes' },
      }),
    ]);
    expect(read).toBe(0);
    // At the limit, every one is read.
    expect(parseImport(exported(many.slice(1)), sixPillars)).toHaveLength(MAX_FILE_ASSESSMENTS);
    expect(read).toBeGreaterThanOrEqual(MAX_FILE_ASSESSMENTS);
  });

  it('keeps hostile text as data', () => {
    const hostile = { ...entry, label: '<img src=x onerror=alert(1)>' };
    expect(parseImport(exported([hostile]), sixPillars)[0]!.label).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });
});

describe('feedback on the questions', () => {
  const questionFeedback = {
    format: 'dtc.feedback',
    version: 1,
    framework: { id: sixPillars.id, version: sixPillars.version },
    assessment: 'a1',
    items: [
      {
        question: 'digital-strategy-status',
        kinds: ['unclear'],
        comment: 'Which plan?',
        at: '2026-03-25T09:40:00.000Z',
      },
    ],
  };

  it('travels in the export file and is read back through parseFeedback', () => {
    const [item] = parseImport(exported([{ ...entry, questionFeedback }]), sixPillars);
    expect(item!.questionFeedback).toEqual(questionFeedback);
    expect(parseImport(exported([entry]), sixPillars)[0]).not.toHaveProperty('questionFeedback');
  });

  it('refuses feedback on a question the framework does not have, saying where', () => {
    const bad = {
      ...questionFeedback,
      items: [{ ...questionFeedback.items[0], question: 'no-such-question' }],
    };
    try {
      parseImport(exported([{ ...entry, questionFeedback: bad }]), sixPillars);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).issues[0]).toMatchObject({
        path: ['assessments', 0, 'questionFeedback', 'items', 0, 'question'],
        code: 'unknown-feedback-question',
      });
    }
  });
});

describe('exportFileName', () => {
  it('makes a readable, safe file name', () => {
    expect(
      exportFileName('Sénégal – Ministère de l’Éducation', new Date('2026-03-25T12:00:00Z')),
    ).toMatch(/^senegal-ministere-de-l-education-2026-03-25\.dtc\.json$/);
  });
});
