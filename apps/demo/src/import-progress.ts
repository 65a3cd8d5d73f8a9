/**
 * An import of the user's files as a page shows it: the files read in the import worker
 * (file-import.ts) behind a labelled `<progress>` and a Cancel button; the start and the end
 * said to screen readers through the shell's polite live region; a clear message when there
 * are too many files or the user cancels. The page stores what was read, once, when the
 * import has finished.
 */
import { formatNumber } from '@dtc/i18n';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { TemplateResult } from 'lit';
import { importFiles } from './file-import.js';
import { MAX_IMPORT_FILES, TooManyFilesError, type FileOutcome } from './file-read.js';
import { locale, t } from './i18n/index.js';
import { announce, focusElement } from './ui.js';

/** A size in bytes as the reader's language writes it in megabytes: `5 MB`, `5 Mo`. */
export function sizeText(bytes: number): string {
  return formatNumber(locale(), bytes / (1024 * 1024), {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  });
}

type Notice = { kind: 'too-many'; count: number } | { kind: 'cancelled' };

export class FileImportController implements ReactiveController {
  /** How far the import under way is, or null when none is. */
  progress: { done: number; total: number } | null = null;
  private notice: Notice | null = null;
  private abort: AbortController | null = null;

  /** `id` prefixes the ids of the elements it renders (one import per page section). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly id: string,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Whether an import is under way (the page disables its file picker meanwhile). */
  get busy(): boolean {
    return this.progress !== null;
  }

  /**
   * Reads `files` in the worker. Resolves to every file's outcome, or to null when nothing is
   * to be stored: no files, too many (the message says so), or cancelled.
   */
  async run(files: readonly File[]): Promise<FileOutcome[] | null> {
    if (!files.length || this.abort) return null;
    this.notice = null;
    if (files.length > MAX_IMPORT_FILES) {
      this.refuse(files.length);
      return null;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.progress = { done: 0, total: files.length };
    this.host.requestUpdate();
    announce(t('import.progress.start', { count: files.length }));
    // The file picker is disabled meanwhile: focus it held goes to Cancel, the one action left.
    void this.host.updateComplete.then(() => {
      const active = document.activeElement as HTMLInputElement | null;
      if (!active || active === document.body || active.disabled) {
        focusElement(this.host.querySelector<HTMLElement>(`#${this.id}-cancel`));
      }
    });
    try {
      return await importFiles(
        files,
        (done, total) => {
          if (this.abort !== abort) return;
          this.progress = { done, total };
          this.host.requestUpdate();
        },
        abort.signal,
      );
    } catch (error) {
      if (error instanceof TooManyFilesError) {
        this.refuse(error.count);
        return null;
      }
      if (abort.signal.aborted) {
        // Cancelled: the notice replaces the bar (and the Cancel button that had focus).
        this.focusNotice();
        return null;
      }
      throw error;
    } finally {
      this.abort = null;
      this.progress = null;
      this.host.requestUpdate();
    }
  }

  /** Stops the import under way: the worker ends, nothing it read is kept. */
  cancel(): void {
    if (!this.abort) return;
    this.abort.abort();
    this.notice = { kind: 'cancelled' };
    announce(t('import.cancelled'));
  }

  /** Clears the last message (a new import, another action). */
  clear(): void {
    this.notice = null;
    this.host.requestUpdate();
  }

  private refuse(count: number): void {
    this.notice = { kind: 'too-many', count };
    this.host.requestUpdate();
    this.focusNotice();
  }

  private focusNotice(): void {
    // After the update that shows it (requested here, so that updateComplete waits for it).
    this.host.requestUpdate();
    void this.host.updateComplete.then(() =>
      focusElement(this.host.querySelector<HTMLElement>(`#${this.id}-notice`)),
    );
  }

  /** The progress bar and Cancel while an import runs; else its last message, if any. */
  render(): TemplateResult | typeof nothing {
    const p = this.progress;
    if (p) {
      return html`<div class="import-progress">
        <label for="${this.id}-progress">
          ${t('import.progress.label', { done: p.done, total: p.total })}
        </label>
        <progress id="${this.id}-progress" max=${p.total} .value=${p.done}></progress>
        <button
          id="${this.id}-cancel"
          class="button secondary small"
          type="button"
          @click=${() => this.cancel()}
        >
          ${t('import.cancel')}
        </button>
      </div>`;
    }
    const n = this.notice;
    if (!n) return nothing;
    return n.kind === 'cancelled'
      ? html`<div class="alert alert-info" id="${this.id}-notice" tabindex="-1">
          <p>${t('import.cancelled')}</p>
        </div>`
      : html`<div class="alert alert-error" id="${this.id}-notice" tabindex="-1" role="alert">
          <p>${t('import.tooManyFiles', { count: n.count, max: MAX_IMPORT_FILES })}</p>
        </div>`;
  }
}
