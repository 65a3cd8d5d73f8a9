import type { Response } from '@dtc/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { framework, progress } from '../data.js';
import { ImportError, mergeIntoStore, readImport, type ExportedAssessment } from '../exchange.js';
import { t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { current, href } from '../router.js';
import { decodeShareCode, MAX_SHARE_BYTES, ShareCodeError } from '../share.js';
import { sizeText } from '../import-progress.js';
import { addParticipants } from '../workshop.js';
import { renderImportError } from '../import-error.js';
import { setCurrent } from '../storage.js';
import { announce, focusElement, guard } from '../ui.js';

export const tag = 'demo-share-page';

/** Opens a share link: `<root>share#<code>`; the answers travel in the fragment. */
@customElement(tag)
export class SharePage extends PageElement {
  @state() private item: ExportedAssessment | null = null;
  @state() private error: ShareCodeError | ImportError | null = null;
  @state() private done: 'saved' | 'workshop' | 'already' | null = null;
  @state() private savedLabel = '';

  override connectedCallback(): void {
    super.connectedCallback();
    // Another link pasted into the address bar changes only the fragment: read it again.
    window.addEventListener('hashchange', this.onHashChange);
    void this.read();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private readonly onHashChange = (): void => {
    this.item = null;
    this.error = null;
    this.done = null;
    void this.read();
  };

  private async read(): Promise<void> {
    const hash = current().hash;
    try {
      const value = await decodeShareCode(hash);
      const [item] = await readImport(value, framework);
      // A newer link was opened while this one was read: that one wins.
      if (current().hash === hash) this.item = item ?? null;
    } catch (error) {
      if (!(error instanceof ShareCodeError || error instanceof ImportError)) throw error;
      if (current().hash === hash) this.error = error;
    }
  }

  private save(): void {
    if (!this.item) return;
    const report = guard(() => mergeIntoStore([this.item!], { kind: 'share' }));
    if (!report) return;
    const record = report.added[0] ?? report.copies[0] ?? report.unchanged[0];
    // The visitor opened this link to look at it: it becomes the assessment shown.
    if (record) guard(() => setCurrent(record.id));
    this.savedLabel = record?.response.label || t('common.untitled');
    this.done = 'saved';
    announce(t('share.saved', { label: this.savedLabel }));
    this.focusOutcome();
  }

  /** Focus goes to what happened and the next step (the button pressed is now disabled). */
  private focusOutcome(): void {
    void this.updateComplete.then(() =>
      focusElement(this.querySelector<HTMLElement>('#share-outcome')),
    );
  }

  private addToWorkshop(): void {
    if (!this.item) return;
    const added = guard(() =>
      addParticipants([{ response: this.item!.response, label: this.item!.label, source: 'code' }]),
    );
    if (added === undefined) return;
    // The same answers are already in the workshop: nothing was added, and it says so.
    this.done = added.added.length || added.updated.length ? 'workshop' : 'already';
    announce(t(this.done === 'workshop' ? 'share.addedWorkshop' : 'share.alreadyWorkshop'));
    this.focusOutcome();
  }

  override render(): TemplateResult {
    return html`
      <h1>${t('share.title')}</h1>
      <p class="lead">${t('share.lead')}</p>
      ${
        this.error
          ? this.error instanceof ShareCodeError
            ? html`<div class="alert alert-error" role="alert">
                <p>${t(`share.error.${this.error.code}`, { size: sizeText(MAX_SHARE_BYTES) })}</p>
              </div>`
            : renderImportError(this.error)
          : this.item
            ? this.renderItem(this.item)
            : html`<p role="status">${t('share.reading')}</p>`
      }
    `;
  }

  private renderItem(item: ExportedAssessment): TemplateResult {
    const r: Response = item.response;
    const { answered, total } = progress(r);
    const role =
      r.respondent.role === 'other'
        ? r.respondent.roleDetail || t('role.unknown')
        : t(`role.${r.respondent.role}`);
    return html`<section class="card" aria-labelledby="shared-title">
        <h2 id="shared-title" dir="auto">${item.label || t('common.untitled')}</h2>
        <p>${t('share.summary', { role, answered, total })}</p>
        <div class="actions">
          <button
            class="button"
            type="button"
            @click=${this.save}
            ?disabled=${this.done === 'saved'}
          >
            ${t('share.save')}
          </button>
          <button
            class="button secondary"
            type="button"
            @click=${this.addToWorkshop}
            ?disabled=${this.done === 'workshop' || this.done === 'already'}
          >
            ${t('share.workshop')}
          </button>
        </div>
      </section>
      ${
        this.done === 'saved'
          ? html`<div class="alert alert-success" id="share-outcome">
              <p>${t('share.saved', { label: this.savedLabel })}</p>
              <p><a href=${href('results')}>${t('share.openResults')}</a></p>
            </div>`
          : this.done === 'workshop' || this.done === 'already'
            ? html`<div class="alert alert-success" id="share-outcome">
                <p>
                  ${t(this.done === 'workshop' ? 'share.addedWorkshop' : 'share.alreadyWorkshop')}
                </p>
                <p><a href=${href('workshop')}>${t('share.openWorkshop')}</a></p>
              </div>`
            : nothing
      }`;
  }
}
