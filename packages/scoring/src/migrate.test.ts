import { sixPillars } from '@dtc/framework';
import { mapping1to2 } from '@dtc/framework/migrations';
import { sixPillarsV1 } from '@dtc/framework/v1';
import {
  Comparison as ComparisonSchema,
  parseFrameworkMapping,
  parseResponse,
  type FrameworkMapping,
  type Question,
} from '@dtc/schema';
import { describe, expect, it } from 'vitest';
import { compareAcrossVersions, migrateResponse } from './migrate.js';
import { answer, questionsOf, responseWith, validValues } from './testing/arbitraries.js';

const parsed = parseFrameworkMapping(mapping1to2, sixPillarsV1, sixPillars);
if (!parsed.ok) throw new Error('the bundled mapping is invalid');
const mapping: FrameworkMapping = parsed.value;
const NOW = '2026-12-06T10:00:00.000Z';

/** Every 1.0.0 question answered (by default at its best level), text for text questions. */
function completeV1(
  pick: (values: [unknown, number][]) => unknown = (v) => [...v].sort((a, b) => b[1] - a[1])[0]![0],
) {
  const answers = Object.fromEntries(
    questionsOf(sixPillarsV1).map((q: Question) => [
      q.id,
      answer(q.kind === 'text' ? 'DHIS2, run by the ministry' : (pick(validValues(q)) as number), {
        comment: `on ${q.id}`,
      }),
    ]),
  );
  return responseWith(sixPillarsV1, answers, { id: 'a1', label: 'Before' });
}

const rulesBy = (change: string) => mapping.rules.filter((r) => r.change === change);

describe('migrateResponse with the bundled mapping, 1.0.0 → 2.0.0', () => {
  it('keeps every answer that still applies, with its comment, and a valid 2.0.0 response', () => {
    const before = completeV1();
    const out = migrateResponse(before, mapping, sixPillarsV1, sixPillars, NOW);
    if (!out.ok) throw new Error(JSON.stringify(out.issues));
    const { response, report } = out;
    expect(parseResponse(response, sixPillars).ok).toBe(true);
    expect(response.framework).toEqual({ id: 'six-pillars', version: '2.0.0' });
    for (const rule of [...rulesBy('kept'), ...rulesBy('renamed')])
      expect(response.answers[rule.to[0]!], rule.to[0]).toEqual(before.answers[rule.from[0]!]);
    // Revised questions whose answer can stand carry it, listed for review.
    expect(report.review.map((r) => r.to)).toContain('innovative-financing-universal-service-fund');
    expect(response.answers['innovative-financing-universal-service-fund']?.value).toBe(3);
    expect(response.answers['digital-content-coverage']?.comment).toBe(
      'on digital-content-coverage',
    );
  });

  it('marks what cannot be carried as unanswered, with the reason, and loses nothing', () => {
    const before = completeV1();
    const out = migrateResponse(before, mapping, sixPillarsV1, sixPillars, NOW);
    if (!out.ok) throw new Error('not migrated');
    const { response, report } = out;
    const reasons = Object.fromEntries(report.unanswered.map((u) => [u.question, u.reason]));
    expect(reasons['electricity-internet-power']).toBe('split');
    expect(reasons['security-privacy-authority']).toBe('split');
    expect(reasons['inclusion-gender']).toBe('added');
    expect(reasons['digital-content-languages']).toBe('split');
    // Every 2.0.0 question is answered, or listed as needing an answer.
    const all = questionsOf(sixPillars).map((q) => q.id);
    const needs = new Set(report.unanswered.map((u) => u.question));
    expect(all.filter((id) => !(id in response.answers) && !needs.has(id))).toEqual([]);
    expect(all.filter((id) => id in response.answers && needs.has(id))).toEqual([]);
    // Removed questions' answers are listed as left, and the record keeps everything.
    expect(report.left.map((l) => l.question)).toEqual(
      expect.arrayContaining(['policy-regulation-standards', 'software-services-shared-platforms']),
    );
    expect(response.migrations).toEqual([
      {
        from: { id: 'six-pillars', version: '1.0.0' },
        to: { id: 'six-pillars', version: '2.0.0' },
        at: NOW,
        answers: before.answers,
        history: [],
      },
    ]);
  });

  it('does not carry an answer whose meaning moved (school-arranged provision, "not applicable" to the fund)', () => {
    const before = responseWith(sixPillarsV1, {
      'electricity-internet-provision': answer('school-arranged'),
      'innovative-financing-universal-service-fund': answer('na'),
      'digital-strategy-status': answer(2),
    });
    const out = migrateResponse(before, mapping, sixPillarsV1, sixPillars, NOW);
    if (!out.ok) throw new Error('not migrated');
    expect(Object.keys(out.response.answers)).toEqual(['digital-strategy-status']);
    expect(out.report.unanswered.filter((u) => u.reason === 'value-not-carried')).toEqual([
      {
        question: 'electricity-internet-provision',
        reason: 'value-not-carried',
        from: ['electricity-internet-provision'],
      },
      {
        question: 'innovative-financing-universal-service-fund',
        reason: 'value-not-carried',
        from: ['innovative-financing-universal-service-fund'],
      },
    ]);
  });

  it('carries the history of carried answers, so rounds still compare', () => {
    const before = responseWith(
      sixPillarsV1,
      { 'digital-strategy-status': answer(3), 'policy-regulation-standards': answer(2) },
      {
        history: [
          {
            questionId: 'digital-strategy-status',
            answer: answer(1),
            replacedAt: NOW,
            round: 'first',
          },
          {
            questionId: 'policy-regulation-standards',
            answer: answer(1),
            replacedAt: NOW,
            round: 'first',
          },
        ],
      },
    );
    const out = migrateResponse(before, mapping, sixPillarsV1, sixPillars, NOW);
    if (!out.ok) throw new Error('not migrated');
    expect(out.response.history).toEqual([before.history[0]]);
    expect(out.response.migrations?.[0]?.history).toEqual(before.history);
    expect(parseResponse(out.response, sixPillars).ok).toBe(true);
  });

  it('refuses a response or framework that is not the one the mapping names', () => {
    const current = responseWith(sixPillars, {});
    const out = migrateResponse(current, mapping, sixPillarsV1, sixPillars, NOW);
    expect(out.ok ? [] : out.issues.map((i) => i.code)).toEqual(['framework-version-mismatch']);
    const swapped = migrateResponse(completeV1(), mapping, sixPillars, sixPillarsV1, NOW);
    expect(swapped.ok ? [] : swapped.issues.map((i) => i.path.join('.'))).toEqual(['from', 'to']);
  });
});

describe('compareAcrossVersions', () => {
  it('compares only the questions both versions measure the same way, and says so', () => {
    const before = completeV1((values) => [...values].sort((a, b) => a[1] - b[1])[0]![0]);
    const moved = migrateResponse(completeV1(), mapping, sixPillarsV1, sixPillars, NOW);
    if (!moved.ok) throw new Error('not migrated');
    const out = compareAcrossVersions(
      { response: before, framework: sixPillarsV1 },
      { response: moved.response, framework: sixPillars },
      mapping,
    );
    if (!out.ok) throw new Error('not compared');
    const { comparison } = out;
    expect(ComparisonSchema.safeParse(comparison).success).toBe(true);
    expect(comparison.comparable).toBe(true);
    const kept = mapping.rules.filter((r) => r.change === 'kept').map((r) => r.to[0]);
    expect(comparison.basis?.questions.sort()).toEqual(kept.sort());
    expect(comparison.basis?.excluded).toContain('electricity-internet-power');
    // Worst answers before, best after, on the same questions: every compared score rose to 100.
    expect(comparison.overall.before).toBe(0);
    expect(comparison.overall.after).toBe(100);
    // A component none of whose questions both versions measure is not compared.
    expect(comparison.components.map((c) => c.id)).not.toContain('inclusion');
  });

  it('is compareResults when both sides use one version', () => {
    const a = responseWith(sixPillars, {});
    const out = compareAcrossVersions(
      { response: a, framework: sixPillars },
      { response: a, framework: sixPillars },
      mapping,
    );
    expect(out.ok && out.comparison.basis).toBeUndefined();
  });
});
