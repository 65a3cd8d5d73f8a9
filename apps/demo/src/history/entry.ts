/**
 * One assessment on the History page: its details, its actions (open, rename, keep a
 * round, export, share, delete) and its rounds (compare, restore as a new assessment,
 * delete). The page holds the state and does the work; this renders it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ALPHA3_TO_ALPHA2 } from '../countries.js';
import { progress, score } from '../data.js';
import { formatDate, regionName, t } from '../i18n/index.js';
import { href, replaceParams } from '../router.js';
import { keepRound, roundsOf } from '../rounds.js';
import { labelOf, setCurrent, updateAssessment, type Assessment } from '../storage.js';
import { announce, focusElement, guard } from '../ui.js';
import { roundKey, roundName } from './versions.js';
import type { Response } from '@dtc/schema';

/** What an entry needs from the page. */
export interface EntryHost {
  renaming: string | null;
  confirming: string | null;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
  querySelector<E extends HTMLElement = HTMLElement>(selectors: string): E | null;
  rename(event: Event, record: Assessment): void;
  endRename(id: string): void;
  startRename(id: string): void;
  exportRecords(records: Assessment[]): void;
  share(record: Assessment): Promise<void>;
  sharing: { id: string; link: string } | null;
  copyShare(): Promise<void>;
  askDelete(id: string): void;
  deleteRecord(record: Assessment): void;
  cancelDelete(id: string): void;
  restore(record: Assessment, round: string | null): void;
  removeRevision(id: string, round: string | null): void;
}

/** The respondent's role in the site's words, or in their own (isolated: typed in any language). */
function roleText(response: Response): TemplateResult | string {
  const r = response.respondent;
  if (r.role !== 'other') return t(`role.${r.role}`);
  return r.roleDetail ? html`<bdi>${r.roleDetail}</bdi>` : t('role.unknown');
}

export function renderEntry(
  host: EntryHost,
  record: Assessment,
  isCurrent: boolean,
): TemplateResult {
  const label = labelOf(record) || t('common.untitled');
  const { answered, total } = progress(record.response);
  const overall = score(record.response).overall.score;
  const country = record.response.respondent.country;
  const rounds = roundsOf(record.response);
  return html`<li class="card entry">
    <div class="entry-head">
      ${
        host.renaming === record.id
          ? html`<form @submit=${(e: Event) => host.rename(e, record)} class="field-row">
              <div class="field">
                <label for="rename-${record.id}">${t('history.renameLabel')}</label>
                <input
                  id="rename-${record.id}"
                  name="label"
                  dir="auto"
                  maxlength="200"
                  .value=${labelOf(record)}
                />
              </div>
              <div class="actions">
                <button class="button small" type="submit">${t('common.save')}</button>
                <button
                  class="button secondary small"
                  type="button"
                  @click=${() => host.endRename(record.id)}
                >
                  ${t('common.cancel')}
                </button>
              </div>
            </form>`
          : html`<h3 id="title-${record.id}" tabindex="-1" dir="auto">${label}</h3>`
      }
      <ul class="tags">
        ${isCurrent ? html`<li class="tag">${t('common.current')}</li>` : nothing}
        <li class="tag">
          ${record.response.completedAt ? t('common.completed') : t('common.inProgress')}
        </li>
        ${record.origin ? html`<li class="tag">${t('common.imported')}</li>` : nothing}
      </ul>
    </div>
    <ul class="meta">
      <li>${roleText(record.response)}</li>
      ${country ? html`<li>${regionName(ALPHA3_TO_ALPHA2.get(country) ?? country)}</li>` : nothing}
      <li>${t('common.answered', { answered, total })}</li>
      <li>
        ${t('history.overall', { score: overall === null ? t('common.notScored') : t('common.score', { score: overall }) })}
      </li>
      <li>${t('common.created', { date: formatDate(record.createdAt) })}</li>
      <li>${t('common.updated', { date: formatDate(record.updatedAt) })}</li>
      ${
        record.origin
          ? html`<li>
              ${
                record.origin.kind === 'file'
                  ? t('history.origin.file', { name: record.origin.name ?? '' })
                  : t('history.origin.share')
              }
            </li>`
          : nothing
      }
    </ul>
    <div class="actions">
      <a
        class="button small"
        href=${href('assess')}
        @click=${() => guard(() => setCurrent(record.id))}
        >${t('history.open')}<span class="visually-hidden">: ${label}</span></a
      >
      <a
        class="button secondary small"
        href=${href('results')}
        @click=${() => guard(() => setCurrent(record.id))}
        >${t('history.results')}<span class="visually-hidden">: ${label}</span></a
      >
      <button
        class="button secondary small"
        type="button"
        id="rename-button-${record.id}"
        @click=${() => host.startRename(record.id)}
      >
        ${t('history.rename')}<span class="visually-hidden">: ${label}</span>
      </button>
      <button
        class="button secondary small"
        type="button"
        @click=${() => {
          const note = t('assess.revision.default');
          if (
            guard(() =>
              updateAssessment(record.id, (r) => ({ response: keepRound(r.response, note) })),
            )
          ) {
            announce(t('assess.revision.saved', { note: t('assess.revision.default') }));
          }
        }}
      >
        ${t('history.revision.save')}<span class="visually-hidden">: ${label}</span>
      </button>
      <button
        class="button secondary small"
        type="button"
        @click=${() => host.exportRecords([record])}
      >
        ${t('history.export')}<span class="visually-hidden">: ${label}</span>
      </button>
      <button class="button secondary small" type="button" @click=${() => void host.share(record)}>
        ${t('history.share')}<span class="visually-hidden">: ${label}</span>
      </button>
      <button
        class="button danger small"
        type="button"
        id="delete-button-${record.id}"
        @click=${() => host.askDelete(record.id)}
      >
        ${t('history.delete')}<span class="visually-hidden">: ${label}</span>
      </button>
    </div>
    ${host.sharing?.id === record.id ? renderShare(host, host.sharing.link, record.id) : nothing}
    ${
      host.confirming === record.id
        ? html`<div class="alert alert-warning" role="alert">
            <p>${t('history.delete.confirm', { label })}</p>
            <div class="actions">
              <button
                id="confirm-delete"
                class="button danger small"
                type="button"
                @click=${() => host.deleteRecord(record)}
              >
                ${t('common.delete')}
              </button>
              <button
                class="button secondary small"
                type="button"
                @click=${() => host.cancelDelete(record.id)}
              >
                ${t('common.cancel')}
              </button>
            </div>
          </div>`
        : nothing
    }
    <details>
      <summary>${t('history.revisions', { count: rounds.length })}</summary>
      ${
        rounds.length
          ? html`<ul class="revisions">
              ${rounds.map((v) => {
                const s = score(v.response).overall.score;
                const name = t('history.revision.item', {
                  note: roundName(v.round),
                  date: formatDate(v.at),
                });
                return html`<li>
                  ${name} · ${s === null ? t('common.notScored') : t('common.score', { score: s })}
                  <div class="actions">
                    <button
                      class="button secondary small"
                      type="button"
                      @click=${() => {
                        replaceParams({ before: roundKey(record.id, v.round), after: record.id });
                        host.requestUpdate();
                        void host.updateComplete.then(() =>
                          focusElement(host.querySelector<HTMLElement>('#compare-title')),
                        );
                      }}
                    >
                      ${t('compare.title')}<span class="visually-hidden">: ${name}</span>
                    </button>
                    <button
                      class="button secondary small"
                      type="button"
                      @click=${() => host.restore(record, v.round)}
                    >
                      ${t('history.revision.restore')}<span class="visually-hidden">: ${name}</span>
                    </button>
                    <button
                      class="button danger small"
                      type="button"
                      @click=${() => host.removeRevision(record.id, v.round)}
                    >
                      ${t('history.revision.delete')}<span class="visually-hidden">: ${name}</span>
                    </button>
                  </div>
                </li>`;
              })}
            </ul>`
          : nothing
      }
    </details>
  </li>`;
}

function renderShare(host: EntryHost, link: string, id: string): TemplateResult {
  return html`<div class="field wide">
    <label for="share-${id}">${t('results.share.label')}</label>
    <span class="hint" id="share-${id}-hint">${t('results.share.hint')}</span>
    <input
      id="share-${id}"
      readonly
      dir="ltr"
      .value=${link}
      aria-describedby="share-${id}-hint"
      @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
    />
    <div class="actions">
      <button class="button secondary small" type="button" @click=${host.copyShare}>
        ${t('common.copy')}
      </button>
    </div>
  </div>`;
}
