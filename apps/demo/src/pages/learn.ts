import '@dtc/widgets/learn';
import { mergeCourseTexts, type Course, type CourseModule } from '@dtc/schema';
import type { DtcLearn, LearnRescoreDetail } from '@dtc/widgets/learn';
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { deepDiveOf, renderDeepDive, startDeepDive } from '../deep-dive.js';
import { framework, pillarById, progress, score, tx } from '../data.js';
import { locale, t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { current as currentLocation, href, navigate } from '../router.js';
import { currentAssessment, labelOf } from '../storage.js';
import { announce } from '../ui.js';

export const tag = 'demo-learn-page';

/**
 * The course in English and `tag`, loaded once per language on the first visit (its own
 * chunks: only these pages need it, and a page in one language loads no other's texts).
 */
const courses = new Map<string, Promise<Course>>();
function loadCourse(tag: string): Promise<Course> {
  let load = courses.get(tag);
  if (!load) {
    load = Promise.all([
      import('@dtc/framework/course/base'),
      import('@dtc/framework/course/texts'),
    ]).then(async ([{ courseBase }, { loadCourseTexts }]) =>
      tag === 'en' ? courseBase : mergeCourseTexts(courseBase, await loadCourseTexts(tag)).course,
    );
    courses.set(tag, load);
    load.catch(() => courses.delete(tag));
  }
  return load;
}

/** The first sentence of a text, in the current language. */
function firstSentence(text: string): string {
  const segments = new Intl.Segmenter(locale(), { granularity: 'sentence' }).segment(text);
  for (const { segment } of segments) return segment.trim();
  return text;
}

/**
 * The course that goes with the framework: `/learn` lists its modules, one a pillar, and
 * `/learn/<pillar id>` shows one in `<dtc-learn>`, with the current assessment's levels. Its
 * "Re-score this pillar" keeps the answers as a round and opens the questionnaire on the
 * pillar (a deep dive), to compare before and after in History.
 */
@customElement(tag)
export class LearnPage extends PageElement {
  @state() private course: Course | null = null;
  @state() private failed = false;

  private readonly onHashChange = () => {
    const id = currentLocation().hash;
    if (id) void this.learn?.showSection(id);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private async load(): Promise<void> {
    const tag = locale();
    try {
      const course = await loadCourse(tag);
      if (tag !== locale()) return; // the language changed meanwhile: its own load wins
      this.course = course;
      this.failed = false;
    } catch {
      this.failed = true;
    }
  }

  /** The course follows the language: its texts in the new one replace the others. */
  protected override localeChanged(): void {
    super.localeChanged();
    void this.load();
  }

  private get learn(): DtcLearn | null {
    return this.querySelector('dtc-learn');
  }

  /** `#<component id>`: the module's section of that component (inside the element). */
  override async revealFragment(id: string): Promise<boolean> {
    if (!currentLocation().sub) return super.revealFragment(id);
    await this.load();
    await this.updateComplete;
    const learn = this.learn;
    if (!learn) return false;
    await learn.updateComplete;
    return learn.showSection(id);
  }

  override render(): TemplateResult {
    const sub = currentLocation().sub;
    if (!sub) return this.renderList();
    const pillar = pillarById(sub);
    if (!pillar)
      return html`<h1>${t('learn.notFound.title')}</h1>
        <p>${t('learn.notFound.body', { id: sub })}</p>
        <p><a href=${href('learn')}>${t('learn.back')}</a></p>`;
    return html`
      <p class="no-print"><a href=${href('learn')}>${t('learn.back')}</a></p>
      <h1>${t('learn.module.title', { pillar: tx(pillar.title) })}</h1>
      ${this.renderModule(pillar.id)}
    `;
  }

  private status(): TemplateResult | typeof nothing {
    if (this.failed)
      return html`<div class="alert alert-error" role="alert">
        <p>${t('learn.loadError')}</p>
      </div>`;
    return this.course ? nothing : html`<p class="loading" role="status">${t('learn.loading')}</p>`;
  }

  private moduleOf(pillarId: string): CourseModule | undefined {
    return this.course?.modules.find((m) => m.pillar === pillarId);
  }

  private renderList(): TemplateResult {
    return html`
      <h1>${t('learn.title')}</h1>
      <p class="lead">${t('learn.lead')}</p>
      ${this.status()}
      ${
        this.course
          ? html`<ol class="grid learn-modules">
              ${framework.pillars.map((pillar, i) => {
                const module = this.moduleOf(pillar.id);
                return html`<li
                  class="card pillar-card"
                  .style=${`--pillar-color: var(--pillar-${i + 1})`}
                >
                  <h2>
                    ${
                      module
                        ? html`<a href=${href('learn', {}, pillar.id)}>${tx(pillar.title)}</a>`
                        : tx(pillar.title)
                    }
                  </h2>
                  <p>${module ? firstSentence(tx(module.overview)) : t('learn.unavailable')}</p>
                </li>`;
              })}
            </ol>`
          : nothing
      }
    `;
  }

  private renderModule(pillarId: string): TemplateResult {
    const record = currentAssessment();
    const answered = record ? progress(record.response).answered : 0;
    const module = this.moduleOf(pillarId);
    const dive = deepDiveOf(record);
    return html`
      ${this.status()} ${dive?.pillar.id === pillarId ? renderDeepDive(dive) : nothing}
      ${
        this.course && !module
          ? html`<p>${t('learn.unavailable')}</p>`
          : html`<p class="muted no-print">
              ${
                record && answered
                  ? t('learn.levelsFrom', { label: labelOf(record) || t('common.untitled') })
                  : t('learn.noResult')
              }
            </p>`
      }
      ${
        module
          ? html`<dtc-learn
              class="widget-slot"
              locale=${locale()}
              .framework=${framework}
              .module=${module}
              .sources=${this.course?.sources ?? []}
              .result=${record && answered ? score(record.response) : undefined}
              @dtc-learn-rescore=${(e: CustomEvent<LearnRescoreDetail>) =>
                this.rescore(e.detail.pillarId)}
            ></dtc-learn>`
          : nothing
      }
    `;
  }

  /**
   * "Re-score this pillar": the answers as they stand are kept as a round named after the
   * deep dive, then the questionnaire opens on the pillar (its start form, when there is no
   * assessment yet).
   */
  private rescore(pillarId: string): void {
    const record = currentAssessment();
    const round = record ? startDeepDive(record, pillarId) : null;
    if (round) announce(t('deepDive.kept', { round }));
    navigate(href('assess', { section: pillarId }));
  }
}
