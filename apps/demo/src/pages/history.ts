import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ImportError } from '../exchange.js';
import { buildExport, exportFileName, mergeIntoStore, type MergeReport } from '../exchange.js';
import { filePicker } from '../file-picker.js';
import { FileImportController, sizeText } from '../import-progress.js';
import { otherVersions, renderImportError } from '../import-error.js';
import { t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { current as currentLocation, href, replaceParams, siteRoot } from '../router.js';
import { encodeShareCode, MAX_SHARE_BYTES, ShareCodeError, shareLink } from '../share.js';
import {
  createAssessment,
  deleteAssessment,
  getPrefs,
  labelOf,
  listAssessments,
  updateAssessment,
  type Assessment,
} from '../storage.js';
import { announce, copyText, download, focusElement, guard } from '../ui.js';
import { renderEntry } from '../history/entry.js';
import { renderCompare, roundName } from '../history/versions.js';
import { deleteRound, roundsOf } from '../rounds.js';

export const tag = 'demo-history-page';

/** Every stored assessment and revision; compare any two; export, import, share. */
@customElement(tag)
export class HistoryPage extends PageElement {
  @state() private importErrors: { name: string; error: ImportError }[] = [];
  @state() private importReport: MergeReport | null = null;
  @state() renaming: string | null = null;
  @state() confirming: string | null = null;
  @state() sharing: { id: string; link: string } | null = null;
  @state() private message = '';
  /** The files chosen, read in the import worker behind a progress bar and Cancel. */
  private readonly importer = new FileImportController(this, 'history-import');

  private async importFiles(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // The input forgets the choice at once: choosing the same files again starts a new import.
    input.value = '';
    if (this.importer.busy) return;
    this.importErrors = [];
    this.importReport = null;
    const read = await this.importer.run(files);
    if (!read) return;
    const errors: { name: string; error: ImportError }[] = [];
    const report: MergeReport = { added: [], copies: [], unchanged: [] };
    // Everything is read: it is stored now, in one go (a cancelled import stored nothing).
    for (const outcome of read) {
      if ('error' in outcome) {
        errors.push({ name: outcome.name, error: outcome.error });
        continue;
      }
      const merged = guard(() =>
        mergeIntoStore(outcome.items, { kind: 'file', name: outcome.name }),
      );
      if (!merged) return;
      report.added.push(...merged.added);
      report.copies.push(...merged.copies);
      report.unchanged.push(...merged.unchanged);
    }
    this.importErrors = errors;
    this.importReport =
      report.added.length + report.copies.length + report.unchanged.length ? report : null;
    await this.updateComplete;
    focusElement(this.querySelector<HTMLElement>('#import-outcome'));
  }

  exportRecords(records: Assessment[]): void {
    if (!records.length) return;
    const name = exportFileName(records.length === 1 ? labelOf(records[0]!) : 'assessments');
    download(name, JSON.stringify(buildExport(records), null, 2), 'application/json');
    announce(t('results.exported', { name }));
  }

  async share(record: Assessment): Promise<void> {
    let code: string;
    try {
      code = await encodeShareCode(record.response);
    } catch (error) {
      if (!(error instanceof ShareCodeError)) throw error;
      this.message = t('share.tooLarge', { size: sizeText(MAX_SHARE_BYTES) });
      announce(this.message);
      return;
    }
    this.sharing = { id: record.id, link: shareLink(siteRoot(), code) };
    await this.updateComplete;
    focusElement(this.byId(`share-${record.id}`));
  }

  async copyShare(): Promise<void> {
    if (!this.sharing) return;
    announce((await copyText(this.sharing.link)) ? t('common.copied') : t('common.copyFailed'));
  }

  rename(event: Event, record: Assessment): void {
    event.preventDefault();
    const value = String(new FormData(event.target as HTMLFormElement).get('label') ?? '').trim();
    guard(() =>
      updateAssessment(record.id, (r) => ({ response: { ...r.response, label: value } })),
    );
    this.renaming = null;
    void this.updateComplete.then(() => focusElement(this.byId(`title-${record.id}`)));
  }

  deleteRecord(record: Assessment): void {
    const label = labelOf(record) || t('common.untitled');
    guard(() => deleteAssessment(record.id));
    this.confirming = null;
    this.message = t('history.delete.done', { label });
    announce(this.message);
    void this.updateComplete.then(() =>
      focusElement(this.querySelector<HTMLElement>('#list-title')),
    );
  }

  /** A round restored as a new assessment: its answers as they stood then, without history. */
  restore(record: Assessment, round: string | null): void {
    const kept = roundsOf(record.response).find((v) => v.round === round);
    if (!kept) return;
    const label = t('history.restoredLabel', {
      label: labelOf(record) || t('common.untitled'),
      round: roundName(round),
    });
    const { id: _id, completedAt: _done, ...rest } = kept.response;
    const created = guard(() =>
      createAssessment({ ...structuredClone(rest), label, history: [] }, { plan: record.plan }),
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
          disabled: this.importer.busy,
          onChange: (e) => void this.importFiles(e),
        })}
        ${this.importer.render()}
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
                <ul class="grid one-column">
                  ${records.map((r) => renderEntry(this, r, r.id === currentId))}
                </ul>`
            : html`<p>${t('history.empty')}</p>`
        }
      </section>

      ${renderCompare(
        records,
        currentLocation().params,
        records.find((r) => r.id === currentId),
        (side, key) => {
          replaceParams({ [side]: key });
          this.requestUpdate();
        },
      )}
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

  startRename(id: string): void {
    this.renaming = id;
    void this.updateComplete.then(() => focusElement(this.byId(`rename-${id}`)));
  }

  /** Closes the rename form without saving; focus goes back to the Rename button. */
  endRename(id: string): void {
    this.renaming = null;
    void this.updateComplete.then(() => focusElement(this.byId(`rename-button-${id}`)));
  }

  /** Closes the delete confirmation; focus goes back to the Delete button. */
  cancelDelete(id: string): void {
    this.confirming = null;
    void this.updateComplete.then(() => focusElement(this.byId(`delete-button-${id}`)));
  }

  /** Deletes a round; focus goes to the assessment's title, and the deletion is announced. */
  removeRevision(id: string, round: string | null): void {
    const done = guard(() =>
      updateAssessment(id, (r) => ({ response: deleteRound(r.response, round) })),
    );
    if (!done) return;
    announce(t('history.revision.deleted'));
    void this.updateComplete.then(() => focusElement(this.byId(`title-${id}`)));
  }

  /** An element of this page by id (ids from files are plain, but never trusted in a selector). */
  private byId(id: string): HTMLElement | null {
    return this.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
  }

  askDelete(id: string): void {
    this.confirming = id;
    void this.updateComplete.then(() =>
      focusElement(this.querySelector<HTMLElement>('#confirm-delete')),
    );
  }
}
