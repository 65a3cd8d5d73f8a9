import { html, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { componentById, tx } from '../data.js';
import { t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { href } from '../router.js';
import { RESOURCE_IDS, RESOURCE_LINKS, type ResourceId } from '../resources.js';

export const tag = 'demo-resources-page';

/** Financing models for digital education, linked to the pillars and components they serve. */
@customElement(tag)
export class ResourcesPage extends PageElement {
  override render(): TemplateResult {
    return html`
      <h1>${t('resources.title')}</h1>
      <p class="lead">${t('resources.lead')}</p>
      <p class="muted prose">${t('resources.note')}</p>
      <nav aria-labelledby="toc-title" class="card">
        <h2 id="toc-title">${t('resources.toc')}</h2>
        <ul class="tags">
          ${RESOURCE_IDS.map(
            (id) => html`<li><a href="#${id}">${t(`resource.${id}.title`)}</a></li>`,
          )}
        </ul>
      </nav>
      ${RESOURCE_IDS.map((id) => this.renderResource(id))}
    `;
  }

  private renderResource(id: ResourceId): TemplateResult {
    const links = RESOURCE_LINKS[id]
      .map((componentId) => ({ componentId, found: componentById(componentId) }))
      .filter((l) => l.found);
    const pillars = [...new Set(links.map((l) => l.found!.pillar))];
    return html`<section
      class="card resource entry"
      id=${id}
      aria-labelledby="${id}-title"
      tabindex="-1"
    >
      <h2 id="${id}-title">${t(`resource.${id}.title`)}</h2>
      <dl>
        <dt>${t('resources.what')}</dt>
        <dd>${t(`resource.${id}.what`)}</dd>
        <dt>${t('resources.use')}</dt>
        <dd>${t(`resource.${id}.use`)}</dd>
        <dt>${t('resources.watch')}</dt>
        <dd>${t(`resource.${id}.watch`)}</dd>
        <dt>${t('resources.serves')}</dt>
        <dd>
          <ul class="tags">
            ${pillars.map(
              (pillar) =>
                html`<li>
                  <a class="tag" href=${href('assess', { section: pillar.id })}>
                    <span class="visually-hidden">${t('resources.assess')} </span
                    ><strong>${tx(pillar.title)}</strong>${t('resources.serves.components', {
                      components: links
                        .filter((l) => l.found!.pillar === pillar)
                        .map((l) => tx(l.found!.component.title))
                        .join(' · '),
                    })}
                  </a>
                </li>`,
            )}
          </ul>
        </dd>
      </dl>
    </section>`;
  }
}
