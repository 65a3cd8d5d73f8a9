import { useNamespaces } from '@dtc/i18n';
import { resultsNamespace } from '@dtc/i18n/namespaces/results';
import type { Priority, Response, Result } from '@dtc/schema';
import type { ScoreOptions } from '@dtc/scoring';
import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { DtcFrameworkElement } from '../shared/element/framework-element.js';
import { memoLast } from '../shared/controllers/memo.js';
import {
  componentGroups,
  levelMarks,
  pillarAxes,
  pillarScores,
} from '../shared/charts/result-view.js';
import { ScoringController } from '../shared/controllers/scoring-controller.js';
import { styles } from './results.styles.js';

/**
 * @summary The results of a self-assessment at a glance: overall level and score (gauge),
 * coverage, balance between pillars, a radar of the pillars, a bar chart of the components,
 * and the ranked priorities with their reasons in words. Scores come from `@dtc/scoring`
 * (through a memoising controller); reasons are the engine's codes put into words by `@dtc/i18n`.
 *
 * Give it `framework` and `response` (scored here, once per new response object), or a
 * ready `result`. With nothing answered it says so and shows no charts; with part of the
 * questions answered it says the results may change.
 *
 * @csspart heading - The "Your results" heading.
 * @csspart notice - The empty or partial-results notice.
 * @csspart facts - The list of overall level, coverage and balance.
 * @csspart gauge - The overall gauge (`dtc-level-gauge`).
 * @csspart radar - The pillar radar (`dtc-radar-chart`).
 * @csspart bars - The component bar chart (`dtc-bar-chart`).
 * @csspart priorities - The ranked priorities section.
 *
 * @cssprop --dtc-color-surface - Background of the facts panel.
 * @cssprop --dtc-color-accent - Accent of headings and rank numbers.
 */
export class DtcResults extends DtcFrameworkElement {
  static override styles: CSSResultGroup = styles;
  static {
    useNamespaces(resultsNamespace);
  }

  static override properties: PropertyDeclarations = {
    response: { attribute: false },
    result: { attribute: false },
    sections: { attribute: false },
    priorityCount: { type: Number, attribute: 'priority-count' },
    print: { type: Boolean, reflect: true },
  };

  /** The response to score. */
  declare response?: Response;
  /** A result scored elsewhere; when set, `response` is not scored. */
  declare result?: Result;
  /** Score only these pillars (a workshop section); all when absent. */
  declare sections?: string[];
  /** How many ranked priorities to list. */
  priorityCount = 5;
  /** Lays the results out as they print (chart tables shown), as `@media print` does. */
  print = false;

  private readonly scoring = new ScoringController(this);
  private options: ScoreOptions = {};
  private readonly view = memoLast(
    (framework: NonNullable<DtcResults['framework']>, result: Result | null, _lang: string) => ({
      levels: levelMarks(framework, this.i18n.text),
      axes: pillarAxes(framework, this.i18n.text),
      series: [
        {
          id: 'result',
          label: this.i18n.t('results.title'),
          values: pillarScores(framework, result),
        },
      ],
      groups: componentGroups(framework, result, this.i18n.text).filter((g) =>
        result ? result.pillars.some((p) => p.id === g.id) : true,
      ),
    }),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('sections')) this.options = this.sections ? { sections: this.sections } : {};
  }

  /** The result shown: `result`, else `response` scored against `framework`. */
  get currentResult(): Result | null {
    return this.result ?? this.scoring.score(this.framework, this.response, this.options);
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const result = this.currentResult;
    const fw = this.framework;
    const answered = result?.overall.counts.answered ?? 0;
    const heading = html`<h2 part="heading">${t('results.title')}</h2>`;
    if (!fw || !result || answered === 0) {
      return html`<section class="results" dir=${this.inherited.dir} lang=${this.i18n.lang}>
        ${heading}
        <p class="notice" part="notice">${t('results.empty')}</p>
      </section>`;
    }
    const { dir, locale } = this.inherited;
    const view = this.view(fw, result, this.i18n.lang);
    const { overall, balance } = result;
    const counts = overall.counts;
    return html`<section class="results" dir=${dir} lang=${this.i18n.lang}>
      ${heading}
      ${
        overall.coverage < 1
          ? html`<p class="notice" part="notice">
              ${t('results.partial', { share: overall.coverage })}
            </p>`
          : nothing
      }
      <div class="overview">
        <dtc-level-gauge
          part="gauge"
          dir=${dir}
          locale=${locale}
          ?print=${this.print}
          .value=${overall.score}
          .levels=${view.levels}
        ></dtc-level-gauge>
        <dl class="facts" part="facts">
          <div>
            <dt>${t('results.overall')}</dt>
            <dd>${this.levelText(overall.level)}</dd>
            <dd>
              ${overall.score === null ? nothing : t('common.score', { score: overall.score })}
            </dd>
          </div>
          <div>
            <dt>${t('results.coverage')}</dt>
            <dd>
              ${t('results.coverage.value', {
                answered: counts.answered,
                applicable: counts.total - counts.notApplicable,
                share: overall.coverage,
              })}
            </dd>
            ${
              counts.notApplicable || counts.dontKnow
                ? html`<dd class="muted">
                    ${t('results.coverage.detail', { na: counts.notApplicable, dk: counts.dontKnow })}
                  </dd>`
                : nothing
            }
          </div>
          <div>
            <dt>${t('results.balance')}</dt>
            ${
              balance.index === null
                ? html`<dd>${t('results.balance.none')}</dd>`
                : html`<dd>${t('results.balance.value', { index: balance.index })}</dd>
                    <dd class="muted">
                      ${
                        balance.strongest && balance.weakest
                          ? t('results.balance.detail', {
                              strongest: this.name(balance.strongest),
                              weakest: this.name(balance.weakest),
                              spread: balance.spread ?? 0,
                            })
                          : t('results.balance.even')
                      }
                    </dd>`
            }
          </div>
        </dl>
      </div>
      <dtc-radar-chart
        part="radar"
        dir=${dir}
        locale=${locale}
        ?print=${this.print}
        .axes=${view.axes}
        .series=${view.series}
        .levels=${view.levels}
      ></dtc-radar-chart>
      <dtc-bar-chart
        part="bars"
        dir=${dir}
        locale=${locale}
        ?print=${this.print}
        .groups=${view.groups}
        .levels=${view.levels}
      ></dtc-bar-chart>
      ${this.renderPriorities(result.priorities.slice(0, Math.max(0, this.priorityCount)))}
    </section>`;
  }

  private renderPriorities(list: Priority[]): TemplateResult {
    const t = this.i18n.t;
    return html`<section class="priorities" part="priorities" aria-labelledby="priorities-title">
      <h3 id="priorities-title">${t('results.priorities')}</h3>
      <p>${t('results.priorities.intro')}</p>
      <ol>
        ${list.map(
          (p) =>
            html`<li>
              <p class="what">
                <strong>${this.name(p.componentId)}</strong>
                <span class="pillar">${this.name(p.pillarId)}</span>
              </p>
              <p class="where">
                ${this.levelText(p.level)}${p.score === null ? nothing : html` · ${t('common.scoreShort', { score: p.score })}`}
              </p>
              ${
                p.reasons.length
                  ? html`<ul class="reasons" aria-label=${t('results.reasons')}>
                      ${p.reasons.map((r) => html`<li>${t(`results.reason.${r}`)}</li>`)}
                    </ul>`
                  : nothing
              }
            </li>`,
        )}
      </ol>
    </section>`;
  }
}
