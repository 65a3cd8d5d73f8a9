import { useNamespaces } from '@dtc/i18n';
import { countryName } from '@dtc/i18n/countries';
import { learnNamespace } from '@dtc/i18n/namespaces/learn';
import type {
  CourseExample,
  CourseModule,
  CoursePractice,
  CourseSection,
  CourseSource,
  LocalizedText,
  Result,
} from '@dtc/schema';
import {
  html,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { memoLast } from '../shared/controllers/memo.js';
import { emit } from '../shared/element/emit.js';
import { DtcFrameworkElement } from '../shared/element/framework-element.js';
import { styles } from './learn.styles.js';

/** What `dtc-learn-rescore` carries: the pillar of the module being read. */
export interface LearnRescoreDetail {
  pillarId: string;
}

/** A source the module cites, with the short reference its citations show. */
interface Reference {
  source: CourseSource;
  /** The year as cited: `2023`, or `2023a`, `2023b` when a publisher has two that year. */
  year: string;
}

/** An http(s) link, or `null` for anything else (never rendered as a link). */
function safeUrl(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Every source id the module cites, in the order it first cites them. */
function citedIds(module: CourseModule): string[] {
  const ids = new Set<string>();
  for (const section of module.sections) {
    for (const item of [...section.practices, ...section.examples]) {
      for (const id of item.sources) ids.add(id);
    }
  }
  return [...ids];
}

/**
 * The sources a module cites, sorted as a list of references is (publisher, year, title),
 * each with the year its citations show: a letter follows the year when a publisher has
 * more than one source that year, in the order of the list.
 */
function referencesOf(
  module: CourseModule | undefined,
  sources: readonly CourseSource[],
  lang: string,
): Map<string, Reference> {
  if (!module) return new Map();
  const byId = new Map(sources.map((s) => [s.id, s]));
  const collator = new Intl.Collator(lang);
  const cited = citedIds(module)
    .map((id) => byId.get(id))
    .filter((s): s is CourseSource => s !== undefined)
    .sort(
      (a, b) =>
        collator.compare(a.publisher, b.publisher) ||
        a.year - b.year ||
        collator.compare(a.title, b.title),
    );
  const same = (a: CourseSource, b: CourseSource) =>
    a.publisher === b.publisher && a.year === b.year;
  const out = new Map<string, Reference>();
  cited.forEach((source, i) => {
    const group = cited.filter((s) => same(s, source));
    const letter =
      group.length > 1
        ? String.fromCharCode(97 + cited.slice(0, i).filter((s) => same(s, source)).length)
        : '';
    out.set(source.id, { source, year: `${source.year}${letter}` });
  });
  return out;
}

/**
 * @summary One module of the course that goes with the framework: what a pillar covers and
 * why it matters, the questions that open a team's deep dive on it, then a section per
 * component (overview, why it matters, good practices with the sources they rest on, common
 * pitfalls, country examples, questions for reflection) and the list of sources.
 *
 * Give it the `module` (a `CourseModule` of a `dtc.course`), the course's `sources` (the
 * module's citations are looked up there) and the `framework`, whose pillar and component
 * titles head the module and its sections. With a scored `result`, each section shows the
 * component's current level, and marks it when it is low (the engine's `low-level` reason).
 * The course's text is always shown as text, never as HTML.
 *
 * Each component's section has its id as the anchor (`section="digital-strategy"` scrolls
 * to it and moves focus to its heading). The "Re-score this pillar" button fires
 * `dtc-learn-rescore`; `no-rescore` leaves it out. Print styles (`@media print`, or the
 * `print` attribute on screen) leave out the buttons and the contents and keep each
 * practice, example and reference whole.
 *
 * @fires {CustomEvent<LearnRescoreDetail>} dtc-learn-rescore - The "Re-score this pillar" button was pressed: the host opens the questionnaire on `detail.pillarId`.
 *
 * @csspart module - The `<article>` holding the module.
 * @csspart header - The pillar's title and current level.
 * @csspart contents - The list of the module's sections.
 * @csspart deep-dive - The questions for the deep dive and the re-score button.
 * @csspart rescore - The "Re-score this pillar" button.
 * @csspart section - The section of one component.
 * @csspart low - The mark of a component whose level is low.
 * @csspart sources - The list of sources.
 *
 * @cssprop --dtc-color-accent - Links, the button and the rule beside each section.
 * @cssprop --dtc-color-level-1 - The mark of a low level.
 * @cssprop --dtc-color-border - Rules between the parts.
 * @cssprop --dtc-learn-scroll-margin - Space kept above a section scrolled to (a sticky header's height); 1rem by default.
 */
export class DtcLearn extends DtcFrameworkElement {
  static override styles: CSSResultGroup = styles;
  static {
    useNamespaces(learnNamespace);
  }

  static override properties: PropertyDeclarations = {
    module: { attribute: false },
    sources: { attribute: false },
    result: { attribute: false },
    section: {},
    noRescore: { type: Boolean, attribute: 'no-rescore' },
    print: { type: Boolean, reflect: true },
  };

  /** The module to show: one pillar of the course. */
  declare module?: CourseModule;
  /** The course's sources (all of them, or those of this module), by which citations are named. */
  sources: CourseSource[] = [];
  /** A scored result: each section then shows its component's level, and marks low ones. */
  declare result?: Result;
  /**
   * The id of a component: its section is scrolled into view and its heading focused once
   * it is shown (set it to follow a link such as `…/learn/data-evidence#security-privacy`).
   */
  section = '';
  /** Leaves out the "Re-score this pillar" button (a page without a questionnaire). */
  noRescore = false;
  /** Lays the module out as it prints. */
  print = false;

  /** A section asked for and not reached yet (the module may come later). */
  private pendingSection = false;
  private readonly references = memoLast(referencesOf);

  /**
   * Scrolls to the section of component `id` and focuses its heading; resolves to whether the
   * module has that section.
   */
  async showSection(id: string): Promise<boolean> {
    this.section = id;
    this.pendingSection = true;
    this.requestUpdate();
    await this.updateComplete;
    return !this.pendingSection;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('section') && this.section) this.pendingSection = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.pendingSection || !this.section) return;
    const target = this.sectionElement(this.section);
    if (!target) return;
    this.pendingSection = false;
    target.scrollIntoView({ block: 'start' });
    target.querySelector<HTMLElement>('h3')?.focus({ preventScroll: true });
  }

  private sectionElement(id: string): HTMLElement | null {
    return (
      [...this.renderRoot.querySelectorAll<HTMLElement>('section[id]')].find((s) => s.id === id) ??
      null
    );
  }

  /** A link of the contents: moves to the section in the element (its id is in the shadow root). */
  private jump(event: MouseEvent, id: string): void {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    void this.showSection(id);
  }

  override render(): TemplateResult {
    const t = this.i18n.t;
    const module = this.module;
    const { dir } = this.inherited;
    if (!module) {
      return html`<p class="notice" dir=${dir} lang=${this.i18n.lang}>${t('learn.empty')}</p>`;
    }
    const references = this.references(module, this.sources ?? [], this.i18n.lang);
    const pillarResult = this.result?.pillars.find((p) => p.id === module.pillar);
    return html`<article
      part="module"
      class="module"
      dir=${dir}
      lang=${this.i18n.lang}
      aria-labelledby="_title"
    >
      <header part="header">
        <h2 id="_title">${this.name(module.pillar)}</h2>
        ${
          pillarResult
            ? html`<p class="level">
                ${t('learn.pillarLevel', { level: this.levelText(pillarResult.level) })}
              </p>`
            : nothing
        }
      </header>
      ${this.paragraph(module.overview, 'overview')}
      <nav part="contents" class="contents no-print" aria-labelledby="_contents">
        <p id="_contents" class="label">${t('learn.contents')}</p>
        <ul>
          ${module.sections.map(
            (s) =>
              html`<li>
                <a href="#${s.component}" @click=${(e: MouseEvent) => this.jump(e, s.component)}
                  >${this.name(s.component)}</a
                >
              </li>`,
          )}
          <li>
            <a href="#_sources" @click=${(e: MouseEvent) => this.jump(e, '_sources')}
              >${t('learn.sources')}</a
            >
          </li>
        </ul>
      </nav>
      <section class="intro" aria-labelledby="_why">
        <h3 id="_why">${t('learn.whyItMatters')}</h3>
        ${this.paragraph(module.whyItMatters)}
      </section>
      <section part="deep-dive" class="deep-dive" aria-labelledby="_deep">
        <h3 id="_deep">${t('learn.deepDive')}</h3>
        ${this.list(module.reflection, 'questions')}
        ${
          this.noRescore
            ? nothing
            : html`<div class="no-print rescore">
                <p>${t('learn.deepDive.lead')}</p>
                <button
                  type="button"
                  part="rescore"
                  class="primary"
                  @click=${() => emit(this, 'dtc-learn-rescore', { pillarId: module.pillar })}
                >
                  ${t('learn.rescore')}
                </button>
              </div>`
        }
      </section>
      ${module.sections.map((s) => this.renderSection(s, references))}
      <section part="sources" class="sources" id="_sources" aria-labelledby="_sources-title">
        <h3 id="_sources-title" tabindex="-1">${t('learn.sources')}</h3>
        <ul class="references">
          ${[...references.values()].map((r) => {
            const url = safeUrl(r.source.url);
            // Sources keep their own language and direction: a title in English, a URL.
            const title = html`<cite dir="auto">${r.source.title}</cite>`;
            return html`<li>
              <span class="ref"
                >${t('learn.reference', { publisher: r.source.publisher, year: r.year })}</span
              >
              ${
                url
                  ? html`<a href=${url} rel="noopener noreferrer">${title}</a>
                      <span class="url" dir="ltr">${url}</span>`
                  : title
              }
            </li>`;
          })}
        </ul>
      </section>
    </article>`;
  }

  private renderSection(
    section: CourseSection,
    references: Map<string, Reference>,
  ): TemplateResult {
    const t = this.i18n.t;
    const id = section.component;
    const component = this.result?.pillars
      .find((p) => p.id === this.module?.pillar)
      ?.components.find((c) => c.id === id);
    const low = !!this.result?.priorities
      .find((p) => p.componentId === id)
      ?.reasons.includes('low-level');
    const heading = `_h-${id}`;
    return html`<section
      part="section"
      class=${low ? 'component low' : 'component'}
      id=${id}
      aria-labelledby=${heading}
    >
      <h3 id=${heading} tabindex="-1">${this.name(id)}</h3>
      ${
        component
          ? html`<p class="level">
              ${t('learn.level', { level: this.levelText(component.level) })}
              ${low ? html`<strong part="low" class="low-mark">${t('learn.low')}</strong>` : nothing}
            </p>`
          : nothing
      }
      ${this.paragraph(section.overview, 'overview')}
      <h4>${t('learn.whyItMatters')}</h4>
      ${this.paragraph(section.whyItMatters)}
      <h4>${t('learn.practices')}</h4>
      <ul class="items">
        ${section.practices.map((p) => this.renderCited(p, references))}
      </ul>
      <h4>${t('learn.pitfalls')}</h4>
      ${this.list(section.pitfalls, 'items')}
      ${
        section.examples.length
          ? html`<h4>${t('learn.examples')}</h4>
              <ul class="items">
                ${section.examples.map((e) => this.renderCited(e, references, e.country))}
              </ul>`
          : nothing
      }
      <h4>${t('learn.reflection')}</h4>
      ${this.list(section.reflection, 'questions')}
    </section>`;
  }

  /** A practice or a country example, with the short references of its sources. */
  private renderCited(
    item: CoursePractice | CourseExample,
    references: Map<string, Reference>,
    country?: string,
  ): TemplateResult {
    const t = this.i18n.t;
    const cited = item.sources.map((id) => {
      const r = references.get(id);
      return r ? t('learn.reference', { publisher: r.source.publisher, year: r.year }) : id;
    });
    const list = new Intl.ListFormat(this.i18n.lang, { type: 'conjunction' }).format(cited);
    return html`<li>
      ${
        country
          ? html`<p class="country">
              ${countryName(country, this.i18n.lang) ?? t('learn.country.code', { code: country })}
            </p>`
          : nothing
      }
      ${this.paragraph(item.text)}
      <p class="cite">${t('learn.cited', { count: cited.length, list })}</p>
    </li>`;
  }

  private paragraph(text: LocalizedText, className = ''): TemplateResult {
    return html`<p class=${className}>${this.i18n.text(text)}</p>`;
  }

  private list(items: readonly LocalizedText[], className: string): TemplateResult {
    return html`<ul class=${className}>
      ${items.map((q) => html`<li>${this.i18n.text(q)}</li>`)}
    </ul>`;
  }
}
