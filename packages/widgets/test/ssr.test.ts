// Server-side rendering in Node with @lit-labs/ssr: every element renders to declarative
// shadow DOM from the `locale` property alone (a server element has no tree to look up).
// Runs in the node project, on the TypeScript source.
import { createTranslator, loadLocale } from '@dtc/i18n';
import { scoreResponse } from '@dtc/scoring';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { framework, storyPlan, storyResponse } from './story-data.js';
import { timelinePlan } from './fixtures-timeline.js';
import { learnModule, learnSources } from './fixtures-learn.js';
import '../src/index.js';

const response = storyResponse();
const result = scoreResponse(framework, response);
const plan = storyPlan();
const firstPillar = framework.pillars[0]!;

/** Every property an element of the package might take; each one uses those it knows. */
function page(tag: string, locale?: string) {
  const t = unsafeStatic(tag);
  return staticHtml`<${t}
    locale=${locale ?? ''}
    .framework=${framework}
    .response=${response}
    .result=${result}
    .plan=${plan}
    .question=${firstPillar.components[0]!.questions[0]}
    .levels=${framework.levels}
    .axes=${framework.pillars.map((p) => ({ id: p.id, label: p.id }))}
    .series=${[{ id: 'me', label: 'Me', values: result.pillars.map((p) => p.score) }]}
    .value=${result.overall.score}
  ></${t}>`;
}

async function ssr(tag: string, locale?: string): Promise<string> {
  return collectResult(render(page(tag, locale)));
}

beforeAll(async () => {
  await loadLocale('fr');
});

describe('server-side rendering', () => {
  const tags = [...new Set(Object.keys(import.meta.glob('../src/*/define.ts')))].map(
    (path) => `dtc-${path.split('/')[2]}`,
  );

  it('finds every element', () => {
    expect(tags.length).toBeGreaterThanOrEqual(13);
    for (const tag of tags) expect(customElements.get(tag), tag).toBeDefined();
  });

  for (const tag of ['dtc-results', 'dtc-action-plan', 'dtc-report']) {
    it(`renders <${tag}> without a locale (no document tree to read \`lang\` from)`, async () => {
      const out = await ssr(tag);
      expect(out).toContain('shadowrootmode="open"');
      expect(out).toContain(firstPillar.title.en);
    });
  }

  it('renders every element with a locale', async () => {
    for (const tag of tags) {
      const out = await ssr(tag, 'en');
      expect(out, tag).toContain(`<${tag}`);
      expect(out, tag).toContain('shadowrootmode="open"');
    }
  });

  it('renders the words and framework text of the `locale` property', async () => {
    const out = await ssr('dtc-results', 'fr');
    expect(out).toContain(firstPillar.title.fr);
    expect(out).not.toContain(firstPillar.title.en);
    expect(out).toContain(createTranslator('fr')('results.title'));
  });

  it('draws the plan timeline: its actions, their bars and the words of the locale', async () => {
    // A plan with milestones, costs and dependencies (storyPlan has none of them).
    const full = timelinePlan();
    const out = await collectResult(
      render(
        staticHtml`<dtc-plan-timeline locale="fr" .framework=${framework} .plan=${full}></dtc-plan-timeline>`,
      ),
    );
    for (const action of full.actions) expect(out).toContain(action.title);
    expect(out.match(/<rect class="bar /g)).toHaveLength(full.actions.length);
    expect(out.match(/<path class="milestone /g)).toHaveLength(4);
    expect(out.match(/<g class="dep"/g)).toHaveLength(3);
    expect(out).toContain(createTranslator('fr')('timeline.label'));
  });

  it('renders a learning module: its headings, the levels of a result and the words of the locale', async () => {
    const out = await collectResult(
      render(
        staticHtml`<dtc-learn locale="fr" .framework=${framework} .module=${learnModule} .sources=${learnSources} .result=${result}></dtc-learn>`,
      ),
    );
    const fr = createTranslator('fr');
    const pillar = framework.pillars.find((p) => p.id === learnModule.pillar)!;
    expect(out).toContain(pillar.title.fr);
    for (const s of learnModule.sections) expect(out).toContain(`id="${s.component}"`);
    expect(out).toContain(fr('learn.rescore'));
    expect(out).toContain('Uruguay');
    expect(out).toContain('https://example.org/guide');
  });

  it('renders the questionnaire as a browser starts it: no storage to report, `src` still loading', async () => {
    const en = createTranslator('en');
    const fresh = await collectResult(
      render(staticHtml`<dtc-assessment locale="en" .framework=${framework}></dtc-assessment>`),
    );
    expect(fresh).toContain(firstPillar.components[0]!.questions[0]!.title.en);
    expect(fresh).not.toContain(en('assessment.storage.unavailable'));
    const fromFile = await collectResult(
      render(staticHtml`<dtc-assessment locale="en" src="/six-pillars.json"></dtc-assessment>`),
    );
    expect(fromFile).toContain(en('common.loading'));
  });
});
