import { useNamespaces } from '@dtc/i18n';
import { resultsNamespace } from '@dtc/i18n/namespaces/results';
import type { ComparisonEntry, Response, Result } from '@dtc/schema';
import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type TemplateResult,
} from 'lit';
import { DtcFrameworkElement } from '../shared/element/framework-element.js';
import { memoLast } from '../shared/controllers/memo.js';
import { levelMarks, pillarAxes, pillarScores } from '../shared/charts/result-view.js';
import { ScoringController } from '../shared/controllers/scoring-controller.js';
import { styles } from './compare.styles.js';

/** A change as shown: whole points (the table and the sentence round alike). */
const points = (delta: number | null): number => Math.round(Math.abs(delta ?? 0));

/**
 * @summary Two results side by side (before and after a deep dive, this year and last
 * year): a radar with both, a sentence on what moved, and a table of scores and changes
 * for every pillar and its components (from `compareResults` in `@dtc/scoring`). Changes
 * are written with a sign, an arrow and words, never by colour alone.
 *
 * Give it `framework` and the two sides as results (`beforeResult`, `afterResult`), as responses
 * (`beforeResponse`, `afterResponse`), or as one `response` and its rounds: `round` (e.g.
 * "before deep dive", kept by `startRound`) against the current answers, or against a later
 * round given as `afterRound`.
 *
 * @csspart heading - The heading.
 * @csspart summary - The sentence on what changed.
 * @csspart radar - The radar with both results.
 * @csspart table - The table of scores and changes.
 *
 * @cssprop --dtc-color-success - Colour of rises.
 * @cssprop --dtc-color-danger - Colour of falls.
 */
export class DtcCompare extends DtcFrameworkElement {
  static override styles: CSSResultGroup = styles;
  static {
    useNamespaces(resultsNamespace);
  }

  static override properties: PropertyDeclarations = {
    beforeResult: { attribute: false },
    afterResult: { attribute: false },
    beforeResponse: { attribute: false },
    afterResponse: { attribute: false },
    response: { attribute: false },
    round: { attribute: false },
    afterRound: { attribute: false },
    beforeLabel: { attribute: 'before-label' },
    afterLabel: { attribute: 'after-label' },
  };

  /** The "before" side as a result scored elsewhere (wins over `beforeResponse`). */
  declare beforeResult?: Result;
  /** The "after" side as a result scored elsewhere (wins over `afterResponse`). */
  declare afterResult?: Result;
  /** The "before" side as a response, scored here with `framework`. */
  declare beforeResponse?: Response;
  /** The "after" side as a response, scored here with `framework`. */
  declare afterResponse?: Response;
  /** The current response; with `round`, its earlier state is the "before" side. */
  declare response?: Response;
  /** A history round label of `response` (`null` for unlabelled revisions). */
  declare round?: string | null;
  /** A later history round of `response` for the "after" side; the current answers when unset. */
  declare afterRound?: string | null;
  /** Name of the "before" side in headings and the table (the catalog's "Before" when empty). */
  beforeLabel = '';
  /** Name of the "after" side in headings and the table (the catalog's "After" when empty). */
  afterLabel = '';

  private readonly beforeScoring = new ScoringController(this);
  private readonly afterScoring = new ScoringController(this);
  private readonly comparing = new ScoringController(this);
  private readonly series = memoLast(
    (
      framework: NonNullable<DtcCompare['framework']>,
      a: Result,
      b: Result,
      labels: string,
      _lang: string,
    ) => {
      const [la, lb] = labels.split('\u0000');
      return {
        axes: pillarAxes(framework, this.i18n.text),
        levels: levelMarks(framework, this.i18n.text),
        series: [
          { id: 'before', label: la!, values: pillarScores(framework, a) },
          { id: 'after', label: lb!, values: pillarScores(framework, b) },
        ],
      };
    },
  );

  private sides(): [Result | null, Result | null] {
    const fw = this.framework;
    const beforeResponse =
      this.beforeResponse ??
      (this.round !== undefined ? this.beforeScoring.atRound(this.response, this.round) : null);
    return [
      this.beforeResult ?? this.beforeScoring.score(fw, beforeResponse ?? undefined),
      this.afterResult ??
        this.afterScoring.score(
          fw,
          this.afterResponse ??
            (this.afterRound !== undefined
              ? (this.afterScoring.atRound(this.response, this.afterRound) ?? undefined)
              : this.response),
        ),
    ];
  }

  private score(v: number | null, level: number | null): string {
    if (v === null) return this.i18n.t('common.notScored');
    const def = this.framework?.levels.find((l) => l.value === level);
    return def
      ? this.i18n.t('results.compare.scoreLevel', {
          score: this.i18n.score(v),
          level: this.i18n.text(def.label),
        })
      : this.i18n.score(v);
  }

  private change(e: ComparisonEntry): TemplateResult | string {
    const t = this.i18n.t;
    if (e.delta === null) return '–';
    const moved = points(e.delta);
    const dir = moved === 0 ? 'same' : e.delta > 0 ? 'up' : 'down';
    const level =
      e.levelDelta && e.beforeLevel !== null && e.afterLevel !== null
        ? html`<span class="level"
            >${t('results.compare.levelChange', { before: e.beforeLevel, after: e.afterLevel })}</span
          >`
        : nothing;
    return html`<span class="delta ${dir}"
        ><span aria-hidden="true"
          >${dir === 'up' ? '▲' : dir === 'down' ? '▼' : '='} ${this.i18n.delta(e.delta)}</span
        ><span class="visually-hidden"
          >${t(`results.compare.${dir}`, { points: moved })}</span
        ></span
      >${level}`;
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const fw = this.framework;
    const [a, b] = this.sides();
    const comparison = this.comparing.compare(a, b);
    const heading = html`<h2 part="heading">${t('results.compare.title')}</h2>`;
    const { dir, locale } = this.inherited;
    if (!fw || !a || !b || !comparison) {
      return html`<section dir=${dir} lang=${this.i18n.lang}>
        ${heading}
        <p class="notice">${t('results.compare.empty')}</p>
      </section>`;
    }
    const beforeLabel = this.beforeLabel || t('results.compare.before');
    const afterLabel = this.afterLabel || t('results.compare.after');
    const view = this.series(fw, a, b, `${beforeLabel}\u0000${afterLabel}`, this.i18n.lang);
    const o = comparison.overall;
    const list = (ids: string[]): string =>
      new Intl.ListFormat(this.i18n.lang).format(ids.map((id) => this.name(id)));
    // The sentence says what the table shows: a change that rounds to 0 points is none.
    const moved = new Set(
      comparison.components.filter((c) => points(c.delta) > 0).map((c) => c.id),
    );
    const improved = comparison.improved.filter((id) => moved.has(id));
    const declined = comparison.declined.filter((id) => moved.has(id));
    const sentence = [
      o.before !== null && o.after !== null && o.delta !== null
        ? t('results.compare.overall', {
            before: this.i18n.score(o.before),
            after: this.i18n.score(o.after),
            delta: this.i18n.delta(o.delta),
          })
        : '',
      improved.length ? t('results.compare.improved', { names: list(improved) }) : '',
      declined.length ? t('results.compare.declined', { names: list(declined) }) : '',
      improved.length || declined.length ? '' : t('results.compare.unchanged'),
    ]
      .filter(Boolean)
      .join(' ');
    const pillars = new Map(comparison.pillars.map((p) => [p.id, p]));
    const row = (e: ComparisonEntry, cls: string): TemplateResult =>
      html`<tr class=${cls}>
        <th scope="row">${this.name(e.id)}</th>
        <td>${this.score(e.before, e.beforeLevel)}</td>
        <td>${this.score(e.after, e.afterLevel)}</td>
        <td>${this.change(e)}</td>
      </tr>`;
    return html`<section dir=${dir} lang=${this.i18n.lang}>
      ${heading}
      ${comparison.comparable ? nothing : html`<p class="notice">${t('results.compare.notComparable')}</p>`}
      <p class="summary" part="summary">${sentence}</p>
      <dtc-radar-chart
        part="radar"
        dir=${dir}
        locale=${locale}
        .axes=${view.axes}
        .levels=${view.levels}
        .series=${view.series}
      ></dtc-radar-chart>
      <div class="scroll" tabindex="0" role="region" aria-label=${t('results.compare.title')}>
        <table part="table">
          <caption class="visually-hidden">
            ${t('results.compare.title')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t('results.compare.item')}</th>
              <th scope="col" dir=${this.beforeLabel ? 'auto' : nothing}>${beforeLabel}</th>
              <th scope="col" dir=${this.afterLabel ? 'auto' : nothing}>${afterLabel}</th>
              <th scope="col">${t('results.compare.change')}</th>
            </tr>
          </thead>
          ${fw.pillars
            .filter((p) => pillars.has(p.id))
            .map(
              (p) =>
                html`<tbody>
                  ${row(pillars.get(p.id)!, 'pillar')}
                  ${comparison.components.filter((c) => c.pillarId === p.id).map((c) => row(c, 'component'))}
                </tbody>`,
            )}
        </table>
      </div>
    </section>`;
  }
}
