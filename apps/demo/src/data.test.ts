import { describe, expect, it } from 'vitest';
import { framework, progress } from './data.js';

describe('progress', () => {
  it('counts as the questionnaire does: every question kind, "not applicable" left out', () => {
    const questions = framework.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));
    const text = questions.find((q) => q.kind === 'text')!;
    const na = questions.find((q) => q.allowNotApplicable)!;
    const at = '2026-03-25T09:30:00Z';
    const response = {
      format: 'dtc.response',
      version: 1,
      framework: { id: framework.id, version: framework.version },
      respondent: { role: 'school' },
      answers: {
        [text.id]: { value: 'Notes', answeredAt: at },
        [na.id]: { value: 'na', answeredAt: at },
      },
      history: [],
    } as const;
    expect(progress(response as never)).toEqual({
      answered: 1,
      total: questions.length - 1,
    });
  });
});
