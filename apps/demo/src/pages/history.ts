import type { Response } from '@dtc/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ALPHA3_TO_ALPHA2 } from '../countries.js';
import { framework, progress, score } from '../data.js';
import {
  buildExport,
  exportFileName,
  ImportError,
  mergeIntoStore,
  readImportFile,
  type MergeReport,
} from '../exchange.js';
import { filePicker } from '../file-picker.js';
import { otherVersions, renderImportError } from '../import-error.js';
import { formatDate, regionName, t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { current as currentLocation, href, replaceParams, siteRoot } from '../router.js';
import { encodeShareCode, shareLink } from '../share.js';
import {
  addRevision,
  createAssessment,
  deleteAssessment,
  deleteRevision,
  getPrefs,
  listAssessments,
  setCurrent,
  updateAssessment,
  type Assessment,
} from '../storage.js';
import { announce, copyText, download, focusElement, guard } from '../ui.js';
import { renderComparison } from '../compare-view.js';

export const tag = 'demo-history-page';

/** A version that can be compared: an assessment's current answers, or one of its revisions. */
interface Version {
  key: string;
  label: string;
  response: Response;
}

function versions(records: readonly Assessment[]): Version[] {
  const out: Version[] = [];
  for (const r of records) {
    const label = r.label || t('common.untitled');
    out.push({ key: r.id, label: t('compare.current', { label }), response: r.response });
    for (const v of [...r.revisions].reverse()) {
      out.push({
        key: `${r.id}/${v.id}`,
        label: t('compare.revision', {
          label,
          note: v.note || t('history.revision.untitled'),
          date: formatDate(v.savedAt),
        }),
        response: v.response,
      });
    }
  }
  return out;
}

function roleText(response: Response): string {
  const r = response.respondent;
  return r.role === 'other' ? r.roleDetail || t('role.unknown') : t(`role.${r.role}`);
}

/** Every stored assessment and revision; compare any two; export, import, share. */
@customElement(tag)
export class HistoryPage extends PageElement {
  @state() private importErrors: { name: string; error: ImportError }[] = [];
  @state() private importReport: MergeReport | null = null;
  @state() private renaming: string | null = null;
  @state() private confirming: string | null = null;
  @state() private sharing: { id: string; link: string } | null = null;
  @state() private message = '';

  get pageTitle(): string {
    return t('history.title');
  }

  private async importFiles(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    const errors: { name: string; error: ImportError }[] = [];
    const report: MergeReport = { added: [], copies: [], unchanged: [] };
    for (const file of files) {
      try {
        const items = await readImportFile(file, framework);
        const merged = guard(() => mergeIntoStore(items, { kind: 'file', name: file.name }));
        if (!merged) return;
        report.added.push(...merged.added);
        report.copies.push(...merged.copies);
        report.unchanged.push(...merged.unchanged);
      } catch (error) {
        if (error instanceof ImportError) errors.push({ name: file.name, error });
        else throw error;
      }
    }
    input.value = '';
    this.importErrors = errors;
    this.importReport =
      report.added.length + report.copies.length + report.unchanged.length ? report : null;
    await this.updateComplete;
    focusElement(this.querySelector<HTMLElement>('#import-outcome'));
  }

  private exportRecords(records: Assessment[]): void {
    if (!records.length) return;
    const name = exportFileName(records.length === 1 ? records[0]!.label : 'assessments');
    download(name, JSON.stringify(buildExport(records), null, 2), 'application/json');
    announce(t('results.exported', { name }));
  }

  private async share(record: Assessment): Promise<void> {
    const code = await encodeShareCode({
      ...record.response,
      label: record.label || record.response.label,
    });
    this.sharing = { id: record.id, link: shareLink(siteRoot(), code) };
    await this.updateComplete;
    focusElement(this.byId(`share-${record.id}`));
  }

  private async copyShare(): Promise<void> {
    if (!this.sharing) return;
    announce((await copyText(this.sharing.link)) ? t('common.copied') : t('common.copyFailed'));
  }

  private rename(event: Event, record: Assessment): void {
    event.preventDefault();
    const value = String(new FormData(event.target as HTMLFormElement).get('label') ?? '').trim();
    guard(() =>
      updateAssessment(record.id, (r) => ({
        label: value,
        response: { ...r.response, label: value },
      })),
    );
    this.renaming = null;
    void this.updateComplete.then(() => focusElement(this.byId(`title-${record.id}`)));
  }

  private deleteRecord(record: Assessment): void {
    const label = record.label || t('common.untitled');
    guard(() => deleteAssessment(record.id));
    this.confirming = null;
    this.message = t('history.delete.done', { label });
    announce(this.message);
    void this.updateComplete.then(() =>
      focusElement(this.querySelector<HTMLElement>('#list-title')),
    );
  }

  private restore(record: Assessment, revisionId: string): void {
    const revision = record.revisions.find((v) => v.id === revisionId);
    if (!revision) return;
    const label = `${record.label || t('common.untitled')} – ${revision.note}`;
    const created = guard(() =>
      createAssessment(structuredClone({ ...revision.response, label }), {
        label,
        plan: revision.plan,
      }),
    );
    if (!created) return;
    this.message = t('history.revision.restored', { label });
    announce(this.message);
  }

  override render(): TemplateResult {
    const records = listAssessments();
    const currentId = getPrefs().currentId ?? records[0]?.id;
    return html`
      <h1>${t('history.title')}</h1>
      <p class="lead">${t('history.lead')}</p>
      <div class="actions">
        <a class="button" href=${href('assess', { new: '1' })}>${t('history.new')}</a>
        ${
          records.length
            ? html`<button
                class="button secondary"
                type="button"
                @click=${() => this.exportRecords(records)}
              >
                ${t('history.exportAll')}
              </button>`
            : nothing
        }
      </div>

      <section class="card" aria-labelledby="import-title">
        <h2 id="import-title">${t('history.import.title')}</h2>
        ${filePicker({
          id: 'import-file',
          label: t('history.import.label'),
          hint: t('history.import.hint'),
          button: t('history.import.button'),
          multiple: true,
          onChange: (e) => void this.importFiles(e),
        })}
        <div id="import-outcome" tabindex="-1">
          ${this.importErrors.map((e) => renderImportError(e.error, e.name))}
          ${this.importReport ? this.renderReport(this.importReport) : nothing}
        </div>
      </section>

      ${this.message ? html`<div class="alert alert-info"><p>${this.message}</p></div>` : nothing}

      <section aria-labelledby="list-title">
        <h2 id="list-title" tabindex="-1">${t('history.list.title')}</h2>
        ${
          records.length
            ? html`<p class="muted">${t('history.count', { count: records.length })}</p>
                <ul class="grid" style="grid-template-columns: 1fr">
                  ${records.map((r) => this.renderRecord(r, r.id === currentId))}
                </ul>`
            : html`<p>${t('history.empty')}</p>`
        }
      </section>

      ${this.renderCompare(records)}
    `;
  }

  private renderReport(report: MergeReport): TemplateResult {
    return html`<div class="alert alert-success" role="status">
      ${report.added.length ? html`<p>${t('history.import.added', { count: report.added.length })}</p>` : nothing}
      ${report.copies.length ? html`<p>${t('history.import.copies', { count: report.copies.length })}</p>` : nothing}
      ${
        report.unchanged.length
          ? html`<p>${t('history.import.unchanged', { count: report.unchanged.length })}</p>`
          : nothing
      }
      ${otherVersions([...report.added, ...report.copies].map((a) => a.response))}
    </div>`;
  }

  private renderRecord(record: Assessment, isCurrent: boolean): TemplateResult {
    const label = record.label || t('common.untitled');
    const { answered, total } = progress(record.response);
    const overall = score(record.response).overall.score;
    const country = record.response.respondent.country;
    return html`<li class="card entry">
      <div class="entry-head">
        ${
          this.renaming === record.id
            ? html`<form @submit=${(e: Event) => this.rename(e, record)} class="field-row">
                <div class="field">
                  <label for="rename-${record.id}">${t('history.renameLabel')}</label>
                  <input
                    id="rename-${record.id}"
                    name="label"
                    maxlength="200"
                    .value=${record.label}
                  />
                </div>
                <div class="actions">
                  <button class="button small" type="submit">${t('common.save')}</button>
                  <button
                    class="button secondary small"
                    type="button"
                    @click=${() => this.endRename(record.id)}
                  >
                    ${t('common.cancel')}
                  </button>
                </div>
              </form>`
            : html`<h3 id="title-${record.id}" tabindex="-1">${label}</h3>`
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
          @click=${() => this.startRename(record.id)}
        >
          ${t('history.rename')}<span class="visually-hidden">: ${label}</span>
        </button>
        <button
          class="button secondary small"
          type="button"
          @click=${() => {
            if (guard(() => addRevision(record.id, t('assess.revision.default')))) {
              announce(t('assess.revision.saved', { note: t('assess.revision.default') }));
            }
          }}
        >
          ${t('history.revision.save')}<span class="visually-hidden">: ${label}</span>
        </button>
        <button
          class="button secondary small"
          type="button"
          @click=${() => this.exportRecords([record])}
        >
          ${t('history.export')}<span class="visually-hidden">: ${label}</span>
        </button>
        <button
          class="button secondary small"
          type="button"
          @click=${() => void this.share(record)}
        >
          ${t('history.share')}<span class="visually-hidden">: ${label}</span>
        </button>
        <button
          class="button danger small"
          type="button"
          id="delete-button-${record.id}"
          @click=${() => this.askDelete(record.id)}
        >
          ${t('history.delete')}<span class="visually-hidden">: ${label}</span>
        </button>
      </div>
      ${this.sharing?.id === record.id ? this.renderShare(this.sharing.link, record.id) : nothing}
      ${
        this.confirming === record.id
          ? html`<div class="alert alert-warning" role="alert">
              <p>${t('history.delete.confirm', { label })}</p>
              <div class="actions">
                <button
                  id="confirm-delete"
                  class="button danger small"
                  type="button"
                  @click=${() => this.deleteRecord(record)}
                >
                  ${t('common.delete')}
                </button>
                <button
                  class="button secondary small"
                  type="button"
                  @click=${() => this.cancelDelete(record.id)}
                >
                  ${t('common.cancel')}
                </button>
              </div>
            </div>`
          : nothing
      }
      <details>
        <summary>${t('history.revisions', { count: record.revisions.length })}</summary>
        ${
          record.revisions.length
            ? html`<ul class="revisions">
                ${[...record.revisions].reverse().map((v) => {
                  const s = score(v.response).overall.score;
                  const name = t('history.revision.item', {
                    note: v.note || t('history.revision.untitled'),
                    date: formatDate(v.savedAt),
                  });
                  return html`<li>
                    ${name} ·
                    ${s === null ? t('common.notScored') : t('common.score', { score: s })}
                    <div class="actions">
                      <button
                        class="button secondary small"
                        type="button"
                        @click=${() => {
                          replaceParams({ before: `${record.id}/${v.id}`, after: record.id });
                          this.requestUpdate();
                          void this.updateComplete.then(() =>
                            focusElement(this.querySelector<HTMLElement>('#compare-title')),
                          );
                        }}
                      >
                        ${t('compare.title')}<span class="visually-hidden">: ${name}</span>
                      </button>
                      <button
                        class="button secondary small"
                        type="button"
                        @click=${() => this.restore(record, v.id)}
                      >
                        ${t('history.revision.restore')}<span class="visually-hidden"
                          >: ${name}</span
                        >
                      </button>
                      <button
                        class="button danger small"
                        type="button"
                        @click=${() => this.removeRevision(record.id, v.id)}
                      >
                        ${t('history.revision.delete')}<span class="visually-hidden"
                          >: ${name}</span
                        >
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

  private startRename(id: string): void {
    this.renaming = id;
    void this.updateComplete.then(() => focusElement(this.byId(`rename-${id}`)));
  }

  /** Closes the rename form without saving; focus goes back to the Rename button. */
  private endRename(id: string): void {
    this.renaming = null;
    void this.updateComplete.then(() => focusElement(this.byId(`rename-button-${id}`)));
  }

  /** Closes the delete confirmation; focus goes back to the Delete button. */
  private cancelDelete(id: string): void {
    this.confirming = null;
    void this.updateComplete.then(() => focusElement(this.byId(`delete-button-${id}`)));
  }

  /** Deletes a revision; focus goes to the assessment's title, and the deletion is announced. */
  private removeRevision(id: string, revisionId: string): void {
    const done = guard(() => {
      deleteRevision(id, revisionId);
      return true;
    });
    if (!done) return;
    announce(t('history.revision.deleted'));
    void this.updateComplete.then(() => focusElement(this.byId(`title-${id}`)));
  }

  /** An element of this page by id (ids from files are plain, but never trusted in a selector). */
  private byId(id: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  }

  private askDelete(id: string): void {
    this.confirming = id;
    void this.updateComplete.then(() =>
      focusElement(this.querySelector<HTMLElement>('#confirm-delete')),
    );
  }

  private renderShare(link: string, id: string): TemplateResult {
    return html`<div class="field" style="max-width: none">
      <label for="share-${id}">${t('results.share.label')}</label>
      <span class="hint" id="share-${id}-hint">${t('results.share.hint')}</span>
      <input
        id="share-${id}"
        readonly
        .value=${link}
        aria-describedby="share-${id}-hint"
        @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
      />
      <div class="actions">
        <button class="button secondary small" type="button" @click=${this.copyShare}>
          ${t('common.copy')}
        </button>
      </div>
    </div>`;
  }

  private renderCompare(records: readonly Assessment[]): TemplateResult {
    const all = versions(records);
    const params = currentLocation().params;
    const pick = (key: string | null, fallback: Version | undefined) =>
      all.find((v) => v.key === key) ?? fallback;
    const current = records.find((r) => r.id === getPrefs().currentId) ?? records[0];
    const defaultAfter = all.find((v) => v.key === current?.id);
    const defaultBefore =
      current && current.revisions.length
        ? all.find((v) => v.key === `${current.id}/${current.revisions.at(-1)!.id}`)
        : all.find((v) => v !== defaultAfter);
    const before = pick(params.get('before'), defaultBefore);
    const after = pick(params.get('after'), defaultAfter);
    const select = (id: 'before' | 'after', chosen: Version | undefined) =>
      html`<div class="field">
        <label for="compare-${id}">${t(`compare.${id}`)}</label>
        <select
          id="compare-${id}"
          @change=${(e: Event) => {
            replaceParams({ [id]: (e.target as HTMLSelectElement).value });
            this.requestUpdate();
          }}
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
}
