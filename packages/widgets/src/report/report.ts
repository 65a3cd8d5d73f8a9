import { useNamespaces } from '@dtc/i18n';
import { assessmentNamespace } from '@dtc/i18n/namespaces/assessment';
import { planNamespace } from '@dtc/i18n/namespaces/plan';
import { resultsNamespace } from '@dtc/i18n/namespaces/results';
import type { ActionPlan, Response, Result } from '@dtc/schema';
import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { DtcFrameworkElement } from '../shared/element/framework-element.js';
import { planSections } from '../shared/model/plan-export.js';
import { ScoringController } from '../shared/controllers/scoring-controller.js';
import { styles } from './report.styles.js';

/** An http(s) link, or `null` for anything else (never rendered as a link). */
function safeUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * @summary A printable report of an assessment: who answered and when, the results (level,
 * coverage, balance, radar, bar chart, ranked priorities with reasons), the chosen
 * priorities and the action plan, and the comments and evidence given with the answers.
 * Print styles (`@media print`) start each section on a new page, keep tables, charts and
 * rows whole, show every chart's data table and hide the buttons, so the browser's "Save as
 * PDF" gives a clean document. The `print` attribute shows the same layout on screen.
 *
 * @csspart header - The title, print button and details.
 * @csspart print-button - The "Print or save as PDF" button.
 * @csspart section - Each section (results, plan, comments).
 *
 * @cssprop --dtc-color-border - Colour of table rules.
 */
export class DtcReport extends DtcFrameworkElement {
  static override styles: CSSResultGroup = styles;
  static {
    useNamespaces(assessmentNamespace, planNamespace, resultsNamespace);
  }

  static override properties: PropertyDeclarations = {
    response: { attribute: false },
    result: { attribute: false },
    plan: { attribute: false },
    heading: {},
    print: { type: Boolean, reflect: true },
  };

  /** The response the report is about: who answered, when, and every answer in the appendix. */
  declare response?: Response;
  /** A result scored elsewhere (wins over scoring `response`). */
  declare result?: Result;
  /** The action plan (its priorities are the chosen ones). */
  declare plan?: ActionPlan;
  /** The report's title (default "Self-assessment report"). */
  heading = '';
  /** Lays the report out as it prints. */
  print = false;

  private readonly scoring = new ScoringController(this);

  private date(iso: string | undefined): string {
    if (!iso) return '';
    const d = new Date(iso);
    return Number.isNaN(d.getTime())
      ? ''
      : new Intl.DateTimeFormat(this.i18n.lang, { dateStyle: 'long' }).format(d);
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const fw = this.framework;
    const response = this.response;
    const result = this.result ?? this.scoring.score(fw, response);
    const { dir, locale } = this.inherited;
    const who = response?.respondent;
    const when = this.date(response?.completedAt ?? response?.updatedAt ?? response?.createdAt);
    return html`<article class="report" dir=${dir} lang=${this.i18n.lang}>
      <header part="header">
        <h1 dir=${this.heading ? 'auto' : nothing}>${this.heading || t('results.report.title')}</h1>
        <button type="button" part="print-button" class="no-print" @click=${() => window.print()}>
          ${t('results.report.print')}
        </button>
        <dl class="about">
          ${
            fw
              ? html`<div>
                  <dt>${t('results.report.framework')}</dt>
                  <dd>
                    ${t('results.report.frameworkVersion', {
                      name: this.i18n.text(fw.title),
                      version: fw.version,
                    })}
                  </dd>
                </div>`
              : nothing
          }
          ${
            who
              ? html`<div>
                  <dt>${t('results.report.respondent')}</dt>
                  <dd>${this.respondent(who)}</dd>
                </div>`
              : nothing
          }
          ${
            who?.country
              ? html`<div>
                  <dt>${t('results.report.country')}</dt>
                  <dd><bdi>${who.country}</bdi></dd>
                </div>`
              : nothing
          }
          ${
            when
              ? html`<div>
                  <dt>${t('results.report.date')}</dt>
                  <dd>${when}</dd>
                </div>`
              : nothing
          }
        </dl>
      </header>
      ${
        result && result.overall.counts.answered > 0
          ? html`<section class="section" part="section">
                <dtc-results
                  dir=${dir}
                  locale=${locale}
                  priority-count="10"
                  ?print=${this.print}
                  .framework=${fw}
                  .result=${result}
                ></dtc-results>
              </section>
              ${this.renderPlan()} ${this.renderComments()}`
          : html`<p class="notice">${t('results.report.empty')}</p>`
      }
    </article>`;
  }

  /** The role, then what the respondent typed (role detail, name, organisation), each isolated. */
  private respondent(who: Response['respondent']): TemplateResult[] {
    const t = this.i18n.t;
    const own = [who.roleDetail, who.name, who.organisation].filter(Boolean);
    return [
      html`${t(`assessment.role.${who.role}`)}`,
      ...own.map((text) => html`${t('common.listSeparator')}<bdi>${text}</bdi>`),
    ];
  }

  private renderPlan(): TemplateResult {
    const t = this.i18n.t;
    const fw = this.framework;
    const plan = this.plan;
    const body =
      plan && fw && (plan.priorities.length || plan.actions.length)
        ? (() => {
            const { header, sections } = planSections(plan, {
              framework: fw,
              locale: this.i18n.lang,
            });
            // User's words (the title, a cell's title, lead, owner, notes) take their own direction.
            return html`${plan.title ? html`<p class="plan-title" dir="auto">${plan.title}</p>` : nothing}
              <h3>${t('results.report.chosen')}</h3>
              <ol>
                ${plan.priorities.map((id) => html`<li>${this.name(id)}</li>`)}
              </ol>
              ${sections.map(
                (s) =>
                  html`<div class="plan-section">
                    <h3>${s.heading}</h3>
                    ${
                      s.rows.length
                        ? html`<div
                            class="scroll"
                            tabindex="0"
                            role="region"
                            aria-label=${s.heading}
                          >
                            <table>
                              <thead>
                                <tr>
                                  ${header.map((h) => html`<th scope="col">${h}</th>`)}
                                </tr>
                              </thead>
                              <tbody>
                                ${s.rows.map(
                                  (r) =>
                                    html`<tr>
                                      ${r.map((c) => html`<td dir="auto">${c}</td>`)}
                                    </tr>`,
                                )}
                              </tbody>
                            </table>
                          </div>`
                        : html`<p>${t('plan.noActions')}</p>`
                    }
                  </div>`,
              )}`;
          })()
        : html`<p>${t('results.report.noPlan')}</p>`;
    return html`<section class="section" part="section" aria-labelledby="plan-title">
      <h2 id="plan-title">${t('results.report.plan')}</h2>
      ${body}
    </section>`;
  }

  private renderComments(): TemplateResult {
    const t = this.i18n.t;
    const answers = this.response?.answers ?? {};
    const groups = (this.framework?.pillars ?? [])
      .map((p) => ({
        pillar: p,
        items: p.components.flatMap((c) =>
          c.questions.flatMap((q) => {
            const a = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
            return a && (a.comment?.trim() || a.evidence?.length) ? [{ c, q, a }] : [];
          }),
        ),
      }))
      .filter((g) => g.items.length);
    return html`<section class="section" part="section" aria-labelledby="comments-title">
      <h2 id="comments-title">${t('results.report.comments')}</h2>
      ${
        groups.length
          ? groups.map(
              (g) =>
                html`<h3>${this.i18n.text(g.pillar.title)}</h3>
                  <dl class="comments">
                    ${g.items.map(
                      ({ c, q, a }) =>
                        html`<div class="comment">
                          <dt>
                            ${t('results.report.question', {
                              component: this.i18n.text(c.title),
                              question: this.i18n.text(q.title),
                            })}
                          </dt>
                          ${a.comment?.trim() ? html`<dd class="text" dir="auto">${a.comment}</dd>` : nothing}
                          ${
                            a.evidence?.length
                              ? html`<dd>
                                  ${t('results.report.evidence')}
                                  <ul>
                                    ${a.evidence.map((link) => {
                                      const url = safeUrl(link);
                                      return html`<li>
                                        ${
                                          url
                                            ? html`<a
                                                href=${url}
                                                rel="noopener noreferrer"
                                                dir="ltr"
                                                >${link}</a
                                              >`
                                            : html`<bdi>${link}</bdi>`
                                        }
                                      </li>`;
                                    })}
                                  </ul>
                                </dd>`
                              : nothing
                          }
                        </div>`,
                    )}
                  </dl>`,
            )
          : html`<p>${t('results.report.noComments')}</p>`
      }
    </section>`;
  }
}
