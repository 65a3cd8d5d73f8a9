/**
 * The Word and Excel buttons of a plan, shared by the plan page and the team page: which
 * file is being made, what became of the last one (on the page and said to screen readers),
 * and the exporters loaded on the first press, never with the rest of the site.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { t } from './i18n/index.js';
import type { PlanFileKind, PlanFileRequest } from './plan-files.js';
import { announce } from './ui.js';

/** How each file is named to the user. */
const FORMATS = { docx: 'plan.files.format.docx', xlsx: 'plan.files.format.xlsx' } as const;

/** Keeps its state itself and asks the page to render again when it changes. */
export class PlanFileController {
  /** The file being made, while it is. */
  private making: PlanFileKind | null = null;
  /** What became of the last file. */
  private status: { kind: 'done' | 'failed'; message: string } | null = null;

  constructor(private readonly host: ReactiveControllerHost) {}

  /** A button that makes the `kind` file of the plan `request` gives at the press. */
  button(
    kind: PlanFileKind,
    label: string,
    request: () => Omit<PlanFileRequest, 'kind'>,
  ): TemplateResult {
    return html`<button
      type="button"
      class="button"
      aria-disabled=${this.making ? 'true' : 'false'}
      @click=${() => this.make({ ...request(), kind })}
    >
      ${label}
    </button>`;
  }

  /** The file being made, or what became of the last one. */
  renderStatus(): TemplateResult | typeof nothing {
    if (this.making)
      return html`<p class="muted">
        ${t('plan.files.making', { format: t(FORMATS[this.making]) })}
      </p>`;
    if (this.status)
      return html`<p class=${this.status.kind === 'failed' ? 'alert alert-error' : 'muted'}>
        ${this.status.message}
      </p>`;
    return nothing;
  }

  private async make(request: PlanFileRequest): Promise<void> {
    if (this.making) return;
    const format = t(FORMATS[request.kind]);
    this.making = request.kind;
    this.status = null;
    this.host.requestUpdate();
    announce(t('plan.files.making', { format }));
    try {
      const { downloadPlanFile } = await import('./plan-files.js');
      await downloadPlanFile(request);
      this.status = { kind: 'done', message: t('plan.files.done', { format }) };
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      this.status = { kind: 'failed', message: t('plan.files.failed', { format, detail }) };
    } finally {
      this.making = null;
      this.host.requestUpdate();
    }
    announce(this.status.message);
  }
}
