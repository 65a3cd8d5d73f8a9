import { html, nothing, type TemplateResult } from 'lit';
import { customElement } from 'lit/decorators.js';
import { framework, tx } from '../data.js';
import { formatList, languageName, locale, LOCALES, provenanceNote, t } from '../i18n/index.js';
import { PageElement } from '../page.js';
import { href } from '../router.js';
import { currentAssessment } from '../storage.js';

export const tag = 'demo-home-page';

/** What the framework is and how the assessment works. */
@customElement(tag)
export class HomePage extends PageElement {
  override render(): TemplateResult {
    const current = currentAssessment();
    const percent = new Intl.NumberFormat(locale(), { style: 'percent' });
    return html`
      <section class="hero" aria-labelledby="home-h1">
        <h1 id="home-h1">${tx(framework.title)}</h1>
        <p class="lead">${tx(framework.description)}</p>
        <p class="lead">${t('home.lead')}</p>
        <div class="actions">
          <a class="button" href=${href('assess')}>
            ${current ? t('home.continue') : t('home.start')}
          </a>
          <a class="button secondary" href=${href('workshop')}>${t('home.workshop')}</a>
        </div>
      </section>

      <section aria-labelledby="home-vision">
        <h2 id="home-vision">${t('home.vision.title')}</h2>
        <p class="prose">${tx(framework.vision.purpose)}</p>
        <div class="two-col">
          ${this.visionList('home-priorities', t('home.vision.priorities'), framework.vision.priorities)}
          ${this.visionList('home-principles', t('home.vision.principles'), framework.vision.principles)}
        </div>
      </section>

      <section aria-labelledby="home-pillars">
        <h2 id="home-pillars">${t('home.pillars.title')}</h2>
        <p class="prose">${t('home.pillars.intro')}</p>
        <ol class="grid">
          ${framework.pillars.map((pillar, i) => {
            const published = pillar.components.every((c) => c.origin === 'published');
            return html`<li
              class="card pillar-card"
              .style=${`--pillar-color: var(--pillar-${i + 1})`}
            >
              <h3>
                <span class="pillar-index" aria-hidden="true">${i + 1}</span>${tx(pillar.title)}
              </h3>
              ${
                pillar.foundational
                  ? html`<p><span class="tag">${t('home.pillars.foundational')}</span></p>`
                  : nothing
              }
              <p>${tx(pillar.summary)}</p>
              <p class="muted">
                ${published ? t('home.pillars.published') : t('home.pillars.proposed')}
              </p>
              <ul>
                ${pillar.components.map((c) => html`<li>${tx(c.title)}</li>`)}
              </ul>
              <p>
                <a href=${href('assess', { section: pillar.id })}
                  >${t('home.pillars.assess')}<span class="visually-hidden"
                    >: ${tx(pillar.title)}</span
                  ></a
                >
              </p>
            </li>`;
          })}
        </ol>
      </section>

      <section aria-labelledby="home-how">
        <h2 id="home-how">${t('home.how.title')}</h2>
        <ol class="steps">
          <li>${t('home.how.1')}</li>
          <li>${t('home.how.2')}</li>
          <li>${t('home.how.3')}</li>
          <li>${t('home.how.4')}</li>
          <li>${t('home.how.5')}</li>
        </ol>
      </section>

      <section aria-labelledby="home-levels">
        <h2 id="home-levels">${t('home.levels.title')}</h2>
        <p class="prose">
          ${t('home.levels.sequence', { levels: formatList(framework.levels.map((l) => tx(l.label))) })}
        </p>
        <dl class="prose">
          ${framework.levels.map(
            (l) =>
              html`<dt>
                  <strong>${t('home.levels.item', { value: l.value, label: tx(l.label) })}</strong>
                </dt>
                <dd>${tx(l.description)}</dd>`,
          )}
        </dl>
      </section>

      <section aria-labelledby="home-facts">
        <h2 id="home-facts">${t('home.facts.title')}</h2>
        <ul class="facts">
          <li class="card"><strong>${percent.format(0.4)}</strong>${t('home.facts.primary')}</li>
          <li class="card">
            <strong>${percent.format(0.5)}</strong>${t('home.facts.lowerSecondary')}
          </li>
          <li class="card">
            <strong>${percent.format(0.65)}</strong>${t('home.facts.upperSecondary')}
          </li>
        </ul>
        <p class="muted">${t('home.facts.source')}</p>
      </section>

      <section aria-labelledby="home-privacy">
        <h2 id="home-privacy">${t('home.privacy.title')}</h2>
        <p class="prose">${t('home.privacy.body')}</p>
      </section>

      <section aria-labelledby="home-about">
        <h2 id="home-about">${t('home.about.title')}</h2>
        <p class="prose">${tx(framework.about)}</p>
        <p class="prose">
          ${t('home.about.languages', {
            languages: formatList(LOCALES.map(languageName)),
          })}
          ${provenanceNote(locale()) ?? nothing}
        </p>
        <p class="prose">
          <a href=${href('feedback')}>${t('home.about.correct')}</a>
        </p>
      </section>
    `;
  }

  private visionList(
    id: string,
    title: string,
    items: readonly {
      id: string;
      title: Record<string, string>;
      summary?: Record<string, string> | undefined;
    }[],
  ): TemplateResult {
    return html`<div class="card">
      <h3 id=${id}>${title}</h3>
      <ul aria-labelledby=${id}>
        ${items.map(
          (item) =>
            html`<li>
              <strong>${tx(item.title)}</strong
              >${item.summary ? t('home.item.summary', { summary: tx(item.summary) }) : nothing}
            </li>`,
        )}
      </ul>
    </div>`;
  }
}
