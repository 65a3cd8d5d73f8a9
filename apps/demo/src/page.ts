import { LitElement } from 'lit';
import { onLocaleChange } from './i18n/index.js';
import { subscribe } from './storage.js';
import { focusElement } from './ui.js';

/**
 * Base of every page (and of the parts a page is split into): rendered in the light DOM (so the site's stylesheet applies and
 * landmarks, headings and ids belong to the document), re-rendered when the language or
 * the stored data change.
 */
export abstract class PageElement extends LitElement {
  private cleanups: (() => void)[] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.cleanups.push(
      onLocaleChange(() => this.localeChanged()),
      subscribe(() => this.storeChanged()),
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }

  /**
   * Goes to the part of the page a URL's fragment names (`#compare-title`): scrolls it into
   * view and moves focus there. False when the page has no such part (the shell then focuses
   * the page's heading). Pages whose parts live in an element's shadow root override it.
   */
  async revealFragment(id: string): Promise<boolean> {
    await this.updateComplete;
    const target = this.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return false;
    target.scrollIntoView({ block: 'start' });
    focusElement(target);
    return true;
  }

  protected localeChanged(): void {
    this.requestUpdate();
  }

  protected storeChanged(): void {
    this.requestUpdate();
  }
}
