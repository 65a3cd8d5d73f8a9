import { html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { href } from '../router.js';

export const tag = 'demo-not-found-page';

@customElement(tag)
export class NotFoundPage extends PageElement {
  override render(): TemplateResult {
    return html`<h1>${t('notFound.title')}</h1>
      <p>${t('notFound.body')}</p>
      <p><a href=${href('home')}>${t('notFound.home')}</a></p>`;
  }
}
