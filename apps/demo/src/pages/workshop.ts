import '@dtc/widgets/group-results';
import type { GroupResultsChangeDetail } from '@dtc/widgets/group-results';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { framework, pillarById } from '../data.js';
import { locale, t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { current as currentLocation, href, replaceParams } from '../router.js';
import { getWorkshop } from '../storage.js';
import './workshop/add.js';
import { renderFeedback } from './workshop/feedback.js';
import { groupName } from './workshop/names.js';
import './workshop/participants.js';

export const tag = 'demo-workshop-page';

/** The URL of a view of the group (a pillar, a grouping), so a new tab opens the same view. */
const viewHref = (view: GroupResultsChangeDetail): string =>
  href('workshop', { scope: view.pillar ?? undefined, by: view.grouping });

/**
 * The facilitator's page: gather participants (files, share codes, this browser's own
 * assessment), list them, and place `<dtc-group-results>` for the group view. The view
 * (pillar, grouping) lives in the URL; participants' data stays in this browser.
 */
@customElement(tag)
export class WorkshopPage extends PageElement {
  /** A view change happens in place: the facilitator stays where they are on a long page. */
  private onViewChange(event: CustomEvent<GroupResultsChangeDetail>): void {
    replaceParams({ scope: event.detail.pillar ?? undefined, by: event.detail.grouping });
  }

  override render(): TemplateResult {
    const participants = getWorkshop().participants;
    const params = currentLocation().params;
    const scope = params.get('scope');
    return html`
      <h1>${t('workshop.title')}</h1>
      <p class="lead">${t('workshop.lead')}</p>
      <div class="alert alert-info"><p>${t('workshop.privacy')}</p></div>
      <section class="card" aria-labelledby="rooms-title">
        <h2 id="rooms-title">${t('workshop.rooms.title')}</h2>
        <p>${t('workshop.rooms.lead')}</p>
        <div class="actions">
          <a class="button" href=${href('room')}>${t('workshop.rooms.open')}</a>
          <a class="button secondary" href=${href('join')}>${t('workshop.rooms.join')}</a>
        </div>
      </section>
      <p>
        <a href=${href('team')}>${t('team.list.title')}</a> ·
        <a href=${href('gallery')}>${t('gallery.title')}</a>
      </p>
      <demo-workshop-add></demo-workshop-add>
      <demo-workshop-participants .participants=${participants}></demo-workshop-participants>
      <dtc-group-results
        class="widget-slot"
        locale=${locale()}
        .framework=${framework}
        .participants=${participants}
        grouping=${params.get('by') === 'country' ? 'country' : 'role'}
        pillar=${pillarById(scope) ? scope! : ''}
        .groupLabel=${groupName}
        .filterHref=${viewHref}
        @dtc-group-results-change=${this.onViewChange}
      ></dtc-group-results>
      ${participants.length ? renderFeedback(participants) : nothing}
    `;
  }
}
