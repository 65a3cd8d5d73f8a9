/**
 * Links from the Results and Plan pages to the course: each component listed opens the
 * learning module of its pillar at that component (`/learn/<pillar>#<component>`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { componentById, tx } from './data.js';
import { t, type MessageKey } from './i18n/index.js';
import { href } from './router.js';

/** The page of a component in the course: its pillar's module, at its section. */
export function learnHref(componentId: string): string | undefined {
  const found = componentById(componentId);
  return found ? `${href('learn', {}, found.pillar.id)}#${componentId}` : undefined;
}

/** A card listing `componentIds` (in that order), each linked to its section of the course. */
export function renderLearnLinks(
  id: string,
  title: MessageKey,
  lead: MessageKey,
  componentIds: readonly string[],
): TemplateResult | typeof nothing {
  const items = componentIds.flatMap((c) => {
    const found = componentById(c);
    return found ? [{ ...found, link: learnHref(c)! }] : [];
  });
  if (!items.length) return nothing;
  return html`<section class="card no-print" aria-labelledby=${id}>
    <h2 id=${id}>${t(title)}</h2>
    <p class="muted">${t(lead)}</p>
    <ul class="learn-links">
      ${items.map(
        (i) =>
          html`<li>
            <a href=${i.link}>${tx(i.component.title)}</a>
            <span class="muted">${t('learn.inModule', { pillar: tx(i.pillar.title) })}</span>
          </li>`,
      )}
    </ul>
  </section>`;
}
