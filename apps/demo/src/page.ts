import { LitElement } from 'lit';
import { onLocaleChange } from './i18n/index.js';
import { subscribe } from './storage.js';

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

  protected localeChanged(): void {
    this.requestUpdate();
  }

  protected storeChanged(): void {
    this.requestUpdate();
  }
}
