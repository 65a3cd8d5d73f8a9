/**
 * What the History page compares: an assessment's current answers, or one of its rounds
 * (the answers as they stood when the round was kept), and the compare section itself.
 */
import type { Response } from '@dtc/schema';
import { html, type TemplateResult } from 'lit';
import { renderComparison } from '../compare-view.js';
import { formatDate, t } from '../i18n/index.js';
import { roundKey, roundsOf } from '../rounds.js';
import { labelOf, type Assessment } from '../storage.js';

export interface Version {
  key: string;
  label: string;
  response: Response;
}

export { roundKey };

/** The name of a round as lists show it. */
export const roundName = (round: string | null): string => round ?? t('history.revision.untitled');

export function versions(records: readonly Assessment[]): Version[] {
  const out: Version[] = [];
  for (const r of records) {
    const label = labelOf(r) || t('common.untitled');
    out.push({ key: r.id, label: t('compare.current', { label }), response: r.response });
    for (const v of roundsOf(r.response)) {
      out.push({
        key: roundKey(r.id, v.round),
        label: t('compare.revision', { label, note: roundName(v.round), date: formatDate(v.at) }),
        response: v.response,
      });
    }
  }
  return out;
}

/** The compare section: two versions chosen from every assessment and round. */
export function renderCompare(
  records: readonly Assessment[],
  params: URLSearchParams,
  current: Assessment | undefined,
  choose: (side: 'before' | 'after', key: string) => void,
): TemplateResult {
  const all = versions(records);
  const pick = (key: string | null, fallback: Version | undefined) =>
    all.find((v) => v.key === key) ?? fallback;
  const defaultAfter = all.find((v) => v.key === current?.id);
  const latest = current ? roundsOf(current.response)[0] : undefined;
  const defaultBefore = latest
    ? all.find((v) => v.key === roundKey(current!.id, latest.round))
    : all.find((v) => v !== defaultAfter);
  const before = pick(params.get('before'), defaultBefore);
  const after = pick(params.get('after'), defaultAfter);
  const select = (id: 'before' | 'after', chosen: Version | undefined) =>
    html`<div class="field">
      <label for="compare-${id}">${t(`compare.${id}`)}</label>
      <select
        id="compare-${id}"
        @change=${(e: Event) => choose(id, (e.target as HTMLSelectElement).value)}
      >
        ${all.map((v) => html`<option value=${v.key} ?selected=${v === chosen}>${v.label}</option>`)}
      </select>
    </div>`;
  return html`<section aria-labelledby="compare-title">
    <h2 id="compare-title" tabindex="-1">${t('compare.title')}</h2>
    <p>${t('compare.lead')}</p>
    ${
      all.length < 2
        ? html`<p class="muted">${t('compare.needTwo')}</p>`
        : html`<div class="field-row">${select('before', before)} ${select('after', after)}</div>
            ${
              before && after && before !== after
                ? renderComparison(before.response, after.response, before.label, after.label)
                : html`<p class="muted">${t('compare.same')}</p>`
            }`
    }
  </section>`;
}
