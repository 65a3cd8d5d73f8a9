import '@dtc/widgets/compare';
import type { Response } from '@dtc/schema';
import { html, type TemplateResult } from 'lit';
import { framework } from './data.js';
import { locale } from './i18n/index.js';

/** Two versions side by side through `<dtc-compare>` (radar, summary and table of changes). */
export function renderComparison(
  before: Response,
  after: Response,
  beforeLabel: string,
  afterLabel: string,
): TemplateResult {
  return html`<dtc-compare
    class="widget-slot"
    locale=${locale()}
    .framework=${framework}
    .beforeResponse=${before}
    .afterResponse=${after}
    before-label=${beforeLabel}
    after-label=${afterLabel}
  ></dtc-compare>`;
}
