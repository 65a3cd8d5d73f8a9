/**
 * The views of the plan as tabs (WAI-ARIA tabs pattern, automatic activation): arrow keys
 * move between tabs (left and right swap places right to left), Home and End go to the
 * first and last; only the selected tab is in the tab order, and its panel follows it.
 */
import type { Translator } from '@dtc/i18n';
import { html, type TemplateResult } from 'lit';

export const PLAN_TABS = ['actions', 'budget', 'timeline'] as const;
export type PlanTab = (typeof PLAN_TABS)[number];

function onKey(e: KeyboardEvent, current: PlanTab, select: (tab: PlanTab) => void): void {
  const i = PLAN_TABS.indexOf(current);
  const rtl = getComputedStyle(e.currentTarget as Element).direction === 'rtl';
  const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[e.key];
  const n = PLAN_TABS.length;
  const next =
    step !== undefined ? (i + step + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
  if (next < 0) return;
  e.preventDefault();
  const tab = PLAN_TABS[next]!;
  select(tab);
  (e.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${tab}`)?.focus();
}

/** The tab list and the panels; only the selected panel's content is rendered. */
export function renderTabs(
  t: Translator,
  current: PlanTab,
  select: (tab: PlanTab) => void,
  panels: Record<PlanTab, () => TemplateResult>,
): TemplateResult {
  return html`<div
      class="tabs"
      role="tablist"
      part="tabs"
      aria-label=${t('plan.tabs.label')}
      @keydown=${(e: KeyboardEvent) => onKey(e, current, select)}
    >
      ${PLAN_TABS.map(
        (tab) =>
          html`<button
            type="button"
            role="tab"
            id="tab-${tab}"
            aria-selected=${tab === current ? 'true' : 'false'}
            aria-controls="panel-${tab}"
            tabindex=${tab === current ? 0 : -1}
            @click=${() => select(tab)}
          >
            ${t(`plan.tabs.${tab}`)}
          </button>`,
      )}
    </div>
    ${PLAN_TABS.map(
      (tab) =>
        html`<div
          class="tab-panel"
          role="tabpanel"
          id="panel-${tab}"
          aria-labelledby="tab-${tab}"
          tabindex="0"
          ?hidden=${tab !== current}
        >
          ${tab === current ? panels[tab]() : ''}
        </div>`,
    )}`;
}
