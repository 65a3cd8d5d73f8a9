/**
 * A team's plan to read, not to edit (the facilitator's view of every team, and the gallery
 * walk a facilitator shares): its title, its three priorities and every action that is not
 * dropped, with its pillar and horizon. Typed text shows as text, in its own direction.
 */
import type { ActionPlan } from '@dtc/schema';
import { html, nothing, type TemplateResult } from 'lit';
import { componentTitle, pillarTitle } from '../data.js';
import { t } from '../i18n/index.js';

export function planView(id: string, teamName: string, plan: ActionPlan | null): TemplateResult {
  const actions = plan?.actions.filter((a) => a.status !== 'dropped') ?? [];
  return html`<article class="poster" aria-labelledby="${id}-title">
    <h3 id="${id}-title" dir="auto">${teamName}</h3>
    ${plan?.title ? html`<p dir="auto"><strong>${plan.title}</strong></p>` : nothing}
    <h4>${t('gallery.priorities')}</h4>
    ${
      plan?.priorities.length
        ? html`<ol>
            ${plan.priorities.map((c) => html`<li>${componentTitle(c)}</li>`)}
          </ol>`
        : html`<p>${t('gallery.noPriorities')}</p>`
    }
    <h4>${t('room.plan.actions')}</h4>
    ${
      actions.length
        ? html`<ul>
            ${actions.map(
              (a) =>
                html`<li>
                  <strong dir="auto">${a.title.trim() || t('room.plan.untitled')}</strong>
                  <span class="muted"
                    >${t('room.plan.actionMeta', {
                      pillar: pillarTitle(a.pillar),
                      horizon: t(`gallery.horizon.${a.horizon}`),
                    })}</span
                  >
                </li>`,
            )}
          </ul>`
        : html`<p>${t('gallery.noActions')}</p>`
    }
  </article>`;
}
