import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_LIMITS,
  feedbackItemOf,
  newFeedback,
  parseFeedback,
  setFeedbackItem,
  type QuestionFeedback,
} from './index.js';
import { validFramework } from './test-fixtures.js';

const AT = '2026-03-25T10:00:00.000Z';

function valid(): QuestionFeedback {
  return {
    format: 'dtc.feedback',
    version: 1,
    framework: { id: 'tiny', version: '1.0.0' },
    assessment: 'a1',
    items: [
      { question: 'has-strategy', kinds: ['unclear', 'missing'], comment: 'Which plan?', at: AT },
      { question: 'budget', kinds: ['not-relevant'], at: AT },
      { question: 'notes', kinds: [], comment: 'Say what notes are for.', at: AT },
    ],
  };
}

const codes = (r: ReturnType<typeof parseFeedback>) => (r.ok ? [] : r.issues.map((i) => i.code));

describe('parseFeedback', () => {
  it('accepts valid feedback, alone, against its framework, and as JSON text', () => {
    expect(parseFeedback(valid())).toEqual({ ok: true, value: valid() });
    expect(parseFeedback(valid(), validFramework())).toEqual({ ok: true, value: valid() });
    expect(parseFeedback(JSON.stringify(valid()), validFramework())).toEqual({
      ok: true,
      value: valid(),
    });
  });

  it('fills in empty items and kinds', () => {
    const { items: _items, ...bare } = valid();
    expect(parseFeedback(bare)).toEqual({ ok: true, value: { ...bare, items: [] } });
    const noKinds = { ...bare, items: [{ question: 'notes', comment: 'Why?', at: AT }] };
    const read = parseFeedback(noKinds);
    expect(read.ok && read.value.items[0]?.kinds).toEqual([]);
  });

  it('reports a question the framework does not have, with its id', () => {
    const f = valid();
    f.items[1]!.question = 'no-such-question';
    const read = parseFeedback(f, validFramework());
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues).toEqual([
      {
        path: ['items', 1, 'question'],
        code: 'unknown-feedback-question',
        params: { question: 'no-such-question', framework: 'tiny' },
        message: 'No question "no-such-question" in framework "tiny"',
      },
    ]);
    // Without a framework, any well-formed id is fine.
    expect(parseFeedback(f).ok).toBe(true);
  });

  it('reports a second item on the same question, and a kind named twice', () => {
    const f = valid();
    f.items.push({ question: 'budget', kinds: ['unclear', 'unclear'], at: AT });
    const read = parseFeedback(f);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues.map((i) => [i.code, i.path, i.params])).toEqual([
      ['duplicate-feedback', ['items', 3, 'question'], { question: 'budget' }],
      ['duplicate-kind', ['items', 3, 'kinds', 1], { kind: 'unclear' }],
    ]);
  });

  it('reports a kind that is not one of the three, with what it expects', () => {
    const f = valid() as unknown as { items: { kinds: string[] }[] };
    f.items[0]!.kinds = ['boring'];
    const read = parseFeedback(f);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.issues[0]).toMatchObject({
      path: ['items', 0, 'kinds', 0],
      code: 'invalid-value',
      params: { found: '"boring"' },
    });
    expect(String(read.issues[0]!.params!.expected)).toContain('not-relevant');
  });

  it('reports a comment past the limit, and an item that says nothing', () => {
    const f = valid();
    f.items[0]!.comment = 'x'.repeat(FEEDBACK_LIMITS.comment + 1);
    expect(parseFeedback(f)).toMatchObject({
      ok: false,
      issues: [
        {
          path: ['items', 0, 'comment'],
          code: 'too-big',
          params: { origin: 'string', maximum: FEEDBACK_LIMITS.comment },
        },
      ],
    });
    const g = valid();
    g.items[1] = { question: 'budget', kinds: [], comment: '   ', at: AT };
    expect(codes(parseFeedback(g))).toEqual(['empty-feedback']);
  });

  it('reports feedback on another framework, a bad time and a newer version', () => {
    const f = valid();
    f.framework.id = 'other';
    expect(codes(parseFeedback(f, validFramework()))).toEqual(['framework-mismatch']);
    const g = valid();
    g.items[0]!.at = 'yesterday';
    expect(codes(parseFeedback(g))).toEqual(['invalid-format']);
    expect(parseFeedback({ ...valid(), version: 2 })).toMatchObject({
      ok: false,
      issues: [
        { path: ['version'], code: 'unsupported-version', params: { found: 2, expected: 1 } },
      ],
    });
    expect(codes(parseFeedback('{'))).toEqual(['invalid-json']);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true }), (input) => {
        expect(typeof parseFeedback(input).ok).toBe('boolean');
        expect(typeof parseFeedback(input, validFramework()).ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('newFeedback and setFeedbackItem', () => {
  it('build feedback that parses, item by item, in the kinds’ own order', () => {
    let f = newFeedback({ id: 'tiny', version: '1.0.0' }, 'a1');
    expect(f).toEqual({
      format: 'dtc.feedback',
      version: 1,
      framework: { id: 'tiny', version: '1.0.0' },
      assessment: 'a1',
      items: [],
    });
    f = setFeedbackItem(f, 'budget', { kinds: ['missing', 'unclear', 'missing'] }, AT);
    f = setFeedbackItem(f, 'notes', { kinds: [], comment: 'Too vague' }, AT);
    expect(f.items).toEqual([
      { question: 'budget', kinds: ['unclear', 'missing'], at: AT },
      { question: 'notes', kinds: [], comment: 'Too vague', at: AT },
    ]);
    expect(parseFeedback(f, validFramework()).ok).toBe(true);
    // Changed in place; emptied, removed.
    const later = '2026-03-26T08:00:00.000Z';
    f = setFeedbackItem(f, 'budget', { kinds: ['not-relevant'], comment: 'x' }, later);
    expect(feedbackItemOf(f, 'budget')).toEqual({
      question: 'budget',
      kinds: ['not-relevant'],
      comment: 'x',
      at: later,
    });
    expect(f.items.map((i) => i.question)).toEqual(['budget', 'notes']);
    f = setFeedbackItem(f, 'budget', { kinds: [], comment: '  ' }, later);
    expect(f.items.map((i) => i.question)).toEqual(['notes']);
    expect(newFeedback({ id: 'tiny', version: '1.0.0' })).not.toHaveProperty('assessment');
  });
});

describe('the feedback form', () => {
  it('carries ratings from 1 to 5 and a comment, and refuses a rating outside', () => {
    const f = { ...valid(), form: { questions: 4, usefulness: 5, comment: 'Useful', at: AT } };
    expect(parseFeedback(f)).toEqual({ ok: true, value: f });
    expect(parseFeedback({ ...f, form: { methods: 6 } })).toMatchObject({
      ok: false,
      issues: [{ path: ['form', 'methods'], code: 'too-big' }],
    });
    expect(codes(parseFeedback({ ...f, form: { methods: 2.5 } }))).toEqual(['invalid-type']);
  });
});

describe('docs/feedback-format.md', () => {
  it('has an example that parses, with every field of the format', async () => {
    const { readFileSync } = await import('node:fs');
    const page = readFileSync(new URL('../../../docs/feedback-format.md', import.meta.url), 'utf8');
    const block = /```json\n([\s\S]*?)\n```/.exec(page)![1]!;
    const read = parseFeedback(block);
    expect(read.ok ? [] : read.issues).toEqual([]);
    const value = JSON.parse(block) as QuestionFeedback;
    expect(Object.keys(value).sort()).toEqual(
      ['assessment', 'form', 'format', 'framework', 'items', 'version'].sort(),
    );
    expect(new Set(value.items.flatMap((i) => i.kinds))).toEqual(
      new Set(['unclear', 'not-relevant', 'missing']),
    );
  });
});
