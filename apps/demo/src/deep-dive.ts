/**
 * The deep dive on one pillar, started from its learning module ("Re-score this pillar"):
 * the answers as they stand are kept as a round, the questionnaire opens on the pillar, and
 * the History page compares that round with the answers since (its compare section, through
 * the same `<dtc-compare>` as any two versions).
 */
import type { Pillar } from '@dtc/schema';
import { historyRounds } from '@dtc/scoring';
import { html, nothing, type TemplateResult } from 'lit';
import { pillarById, tx } from './data.js';
import { t } from './i18n/index.js';
import { href } from './router.js';
import { keepRound, roundKey, uniqueRoundLabel } from './rounds.js';
import { updateAssessment, type Assessment } from './storage.js';
import { guard } from './ui.js';

export interface DeepDive {
  pillar: Pillar;
  /** The round that kept the answers from before it. */
  round: string;
  /** The History page comparing that round (before) with the current answers (after). */
  compare: string;
}

/** The assessment's last deep dive, while its round is still in the response. */
export function deepDiveOf(record: Assessment | undefined): DeepDive | null {
  const kept = record?.deepDive;
  const pillar = pillarById(kept?.pillar);
  if (!record || !kept || !pillar) return null;
  if (!historyRounds(record.response).some((r) => r.round === kept.round)) return null;
  const compare = `${href('history', { before: roundKey(record.id, kept.round), after: record.id })}#compare-title`;
  return { pillar, round: kept.round, compare };
}

/**
 * Starts a deep dive on `pillarId`: the answers as they stand are kept as the round "Before
 * the deep dive on <pillar>" (made unique), remembered with the assessment. Returns the
 * round's name, or null when nothing was kept (no answers yet, or storage refused).
 */
export function startDeepDive(record: Assessment, pillarId: string): string | null {
  const base = t('deepDive.round', { pillar: tx(pillarById(pillarId)?.title) || pillarId });
  const round = uniqueRoundLabel(record.response, base);
  const response = keepRound(record.response, round);
  if (response === record.response) return null;
  const saved = guard(() =>
    updateAssessment(record.id, () => ({
      response,
      section: pillarId,
      deepDive: { pillar: pillarId, round },
    })),
  );
  return saved ? round : null;
}

/** "Deep dive on <pillar>": where its earlier answers are kept, and a link to before and after. */
export function renderDeepDive(dive: DeepDive | null): TemplateResult | typeof nothing {
  if (!dive) return nothing;
  const pillar = tx(dive.pillar.title);
  return html`<section class="alert alert-info no-print" aria-labelledby="deep-dive-title">
    <h2 id="deep-dive-title">${t('deepDive.title', { pillar })}</h2>
    <p>${t('deepDive.body', { round: dive.round })}</p>
    <p><a class="button secondary" href=${dive.compare}>${t('deepDive.compare')}</a></p>
  </section>`;
}
