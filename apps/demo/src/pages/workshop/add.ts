import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { framework } from '../../data.js';
import { ImportError, readImport, type ExportedAssessment } from '../../exchange.js';
import { filePicker } from '../../file-picker.js';
import { MAX_IMPORT_FILES } from '../../file-read.js';
import { FileImportController, sizeText } from '../../import-progress.js';
import { renderImportError as importErrorView, otherVersionsText } from '../../import-error.js';
import { t } from '../../i18n/index.js';
import { decodeShareCode, MAX_SHARE_BYTES, ShareCodeError } from '../../share.js';
import { currentAssessment } from '../../storage.js';
import { announce, focusElement, guard } from '../../ui.js';
import { addParticipants, type NewParticipant } from '../../workshop.js';
import { PageElement } from '../../page.js';
import { participantLabel } from './names.js';

type Outcome = { kind: 'ok' | 'error'; text: string };
type Failure = { name: string; error: ImportError };

function fromItems(
  items: ExportedAssessment[],
  source: 'file' | 'code',
  name: string,
): NewParticipant[] {
  return items.map((item) => ({
    response: item.response,
    label: participantLabel(item, name),
    source,
    fileName: source === 'file' ? name : undefined,
    plan: item.plan,
    feedback: item.feedback,
    questionFeedback: item.questionFeedback,
  }));
}

/**
 * Gathering participants: their exported files (chosen or dropped), their share codes or
 * links (one per line), or this browser's own assessment; then what was added, updated or
 * refused, and why.
 */
@customElement('demo-workshop-add')
export class WorkshopAdd extends PageElement {
  @state() private outcomes: Outcome[] = [];
  @state() private errors: Failure[] = [];
  @state() private over = false;
  @state() private codes = '';
  /** Participants' files, read in the import worker behind a progress bar and Cancel. */
  private readonly importer = new FileImportController(this, 'workshop-import');

  private async addFiles(files: readonly File[]): Promise<void> {
    if (this.importer.busy) return;
    this.outcomes = [];
    this.errors = [];
    const read = await this.importer.run(files);
    if (!read) return;
    const items: NewParticipant[] = [];
    const errors: Failure[] = [];
    for (const outcome of read) {
      if ('error' in outcome) errors.push({ name: outcome.name, error: outcome.error });
      else items.push(...fromItems(outcome.items, 'file', outcome.name));
    }
    this.finishAdd(items, errors, []);
  }

  private async addCodes(event: Event): Promise<void> {
    event.preventDefault();
    const lines = this.codes.split(/\r?\n/).map((l) => l.trim());
    const count = lines.filter(Boolean).length;
    if (count > MAX_IMPORT_FILES) {
      this.errors = [];
      this.outcomes = [
        { kind: 'error', text: t('workshop.codes.tooMany', { count, max: MAX_IMPORT_FILES }) },
      ];
      announce(this.outcomes[0]!.text);
      return;
    }
    const items: NewParticipant[] = [];
    const problems: Outcome[] = [];
    const errors: Failure[] = [];
    for (const [i, line] of lines.entries()) {
      if (!line) continue;
      const name = t('workshop.codeLine', { line: i + 1 });
      try {
        items.push(
          ...fromItems(await readImport(await decodeShareCode(line), framework), 'code', name),
        );
      } catch (error) {
        if (error instanceof ShareCodeError) {
          problems.push({
            kind: 'error',
            text: t('workshop.problem', {
              name,
              message: t(`share.error.${error.code}`, { size: sizeText(MAX_SHARE_BYTES) }),
            }),
          });
        } else if (error instanceof ImportError) errors.push({ name, error });
        else throw error;
      }
    }
    if (this.finishAdd(items, errors, problems))
      this.codes = problems.length || errors.length ? this.codes : '';
  }

  private addMine(): void {
    const record = currentAssessment();
    if (!record) return;
    this.finishAdd(
      [
        {
          response: record.response,
          label: record.response.label || t('common.untitled'),
          source: 'file',
          feedback: record.feedback,
          questionFeedback: record.questionFeedback,
          plan: record.plan,
        },
      ],
      [],
      [],
    );
  }

  private finishAdd(items: NewParticipant[], errors: Failure[], problems: Outcome[]): boolean {
    const result = guard(() => addParticipants(items));
    if (!result) return false;
    this.errors = errors;
    this.outcomes = [
      { kind: 'ok', text: t('workshop.added', { count: result.added.length }) },
      ...(result.updated.length
        ? [{ kind: 'ok', text: t('workshop.updated', { count: result.updated.length }) } as Outcome]
        : []),
      ...[otherVersionsText([...result.added, ...result.updated].map((p) => p.response))]
        .filter(Boolean)
        .map((text): Outcome => ({ kind: 'ok', text })),
      ...result.duplicates.map((d): Outcome => ({
        kind: 'error',
        text: t('workshop.duplicate', { name: d.label }),
      })),
      ...problems,
    ];
    announce(this.outcomes.map((o) => o.text).join(' '));
    void this.updateComplete.then(() =>
      focusElement(this.querySelector<HTMLElement>('#add-outcome')),
    );
    return true;
  }

  private onFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    // The input forgets the choice at once: choosing the same files again starts a new import.
    input.value = '';
    void this.addFiles(files);
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.over = false;
    void this.addFiles([...(event.dataTransfer?.files ?? [])]);
  }

  override render(): TemplateResult {
    return html`<section class="card" aria-labelledby="add-title">
      <h2 id="add-title">${t('workshop.add.title')}</h2>
      <div class="two-col">
        <div
          class=${this.over ? 'dropzone over' : 'dropzone'}
          @dragover=${(e: DragEvent) => {
            e.preventDefault();
            this.over = true;
          }}
          @dragleave=${() => (this.over = false)}
          @drop=${this.onDrop}
        >
          ${filePicker({
            id: 'workshop-files',
            label: t('workshop.files.label'),
            hint: t('workshop.files.hint'),
            button: t('workshop.files.button'),
            multiple: true,
            disabled: this.importer.busy,
            onChange: (e) => this.onFiles(e),
          })}
          ${this.importer.render()}
        </div>
        <form @submit=${this.addCodes}>
          <div class="field">
            <label for="workshop-codes">${t('workshop.codes.label')}</label>
            <span class="hint" id="workshop-codes-hint">${t('workshop.codes.hint')}</span>
            <textarea
              id="workshop-codes"
              dir="ltr"
              aria-describedby="workshop-codes-hint"
              spellcheck="false"
              .value=${this.codes}
              @input=${(e: Event) => (this.codes = (e.target as HTMLTextAreaElement).value)}
            ></textarea>
          </div>
          <button class="button secondary" type="submit">${t('workshop.codes.add')}</button>
        </form>
      </div>
      ${
        currentAssessment()
          ? html`<div class="actions">
              <button class="button secondary" type="button" @click=${this.addMine}>
                ${t('workshop.fromMine')}
              </button>
            </div>`
          : nothing
      }
      <div id="add-outcome" tabindex="-1">
        ${
          this.outcomes.length
            ? html`<ul
                class="alert ${this.outcomes.some((o) => o.kind === 'error') ? 'alert-warning' : 'alert-success'}"
              >
                ${this.outcomes.map((o) => html`<li>${o.text}</li>`)}
              </ul>`
            : nothing
        }
        ${this.errors.map((e) => html`${importErrorView(e.error, e.name)}`)}
      </div>
    </section>`;
  }
}
