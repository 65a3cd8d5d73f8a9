/** What a room page says when no room server serves this site, and how a facilitator starts one. */
import { html, type TemplateResult } from 'lit';
import { t } from '../i18n/index.js';
import { href } from '../router.js';

export function noServer(): TemplateResult {
  return html`<div class="alert alert-info" id="room-no-server">
      <p>${t('room.noServer')}</p>
      <p>${t('room.noServer.how')}</p>
      <pre dir="ltr"><code>npm run rooms</code></pre>
    </div>
    <p><a href=${href('workshop')}>${t('room.toWorkshop')}</a></p>`;
}
