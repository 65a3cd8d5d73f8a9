import {
  parseCourse,
  type Answer,
  type CourseModule,
  type Question,
  type Response,
} from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepActive, emulateMedia } from '../../test/chart-helpers.js';
import { framework, learnCourse, learnModule, learnSources } from '../../test/fixtures-learn.js';
import { expectNoAxeViolations, fixture, until } from '../../test/helpers.js';
import type { DtcLearn, LearnRescoreDetail } from './learn.js';
import './define.js';

const HOSTILE = '<img src=x onerror="window.__hacked=1">';

async function learn(props: Partial<DtcLearn> = {}): Promise<DtcLearn> {
  const el = document.createElement('dtc-learn');
  Object.assign(el, { framework, module: learnModule, sources: learnSources }, props);
  return fixture(el);
}

const $ = <E extends Element = HTMLElement>(el: DtcLearn, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector)!;
const $$ = <E extends Element = HTMLElement>(el: DtcLearn, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
const text = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const headings = (el: DtcLearn) => $$(el, 'h2, h3, h4').map((h) => `${h.localName} ${text(h)}`);

/** A response whose every question of `low` is answered at level 1, the others at level 4. */
function responseWith(low: string): Response {
  const answers: Record<string, Answer> = {};
  const valueAt = (q: Question, level: number): Answer['value'] | null =>
    q.kind === 'rubric'
      ? level
      : q.kind === 'choice'
        ? [...q.options].sort((a, b) => Math.abs(a.level - level) - Math.abs(b.level - level))[0]!
            .id
        : q.kind === 'boolean'
          ? level > 2
            ? 'yes'
            : 'no'
          : null;
  for (const p of framework.pillars)
    for (const c of p.components)
      for (const q of c.questions) {
        const value = valueAt(q, c.id === low ? 1 : 4);
        if (value !== null) answers[q.id] = { value, answeredAt: '2026-03-25T09:30:00.000Z' };
      }
  return {
    format: 'dtc.response',
    version: 1,
    framework: { id: framework.id, version: framework.version },
    respondent: { role: 'ministry-education' },
    answers,
    history: [],
  };
}

describe('<dtc-learn>', () => {
  describe('the fixture', () => {
    it('is a valid course for the bundled framework', () => {
      const parsed = parseCourse(learnCourse, framework);
      expect(parsed.ok).toBe(true);
      // A partial course: only warnings about the modules and sections it leaves out.
      const codes = new Set(parsed.ok ? (parsed.warnings ?? []).map((w) => w.code) : ['failed']);
      expect([...codes].every((c) => c === 'missing-module' || c === 'missing-section')).toBe(true);
    });
  });

  describe('defaults', () => {
    it('says there is nothing to show without a module', async () => {
      const el = await learn({ module: undefined, locale: 'en' });
      expect(text($(el, '.notice'))).toBe('No learning module to show.');
      expect($(el, 'article')).toBeNull();
      await expectNoAxeViolations(el);
    });

    it('renders the module: the pillar, its overview, the deep dive, a section per component and the sources', async () => {
      const el = await learn({ locale: 'en' });
      expect(headings(el)).toEqual([
        'h2 Data and evidence',
        'h3 Why it matters',
        'h3 Questions for the deep dive',
        'h3 Actionable insights',
        'h4 Why it matters',
        'h4 Good practices',
        'h4 Common pitfalls',
        'h4 Country examples',
        'h4 Questions for reflection',
        'h3 Security and privacy',
        'h4 Why it matters',
        'h4 Good practices',
        'h4 Common pitfalls',
        'h4 Questions for reflection',
        'h3 Sources',
      ]);
      expect(text($(el, 'article > p.overview'))).toBe(
        'Sample overview of the pillar, for tests and stories.',
      );
      expect($$(el, '.deep-dive .questions li').map(text)).toEqual([
        'Sample question 1: who uses the data?',
        'Sample question 2: what is missing?',
        'Sample question 3: what comes first?',
      ]);
      const [, second] = $$(el, 'section.component');
      expect($$(el, '#actionable-insights .questions li').map(text)).toEqual([
        'Sample question 4: who decides?',
        'Sample question 5: how often?',
        'Sample question 6: with what?',
      ]);
      expect(text(second!.querySelector('p.overview'))).toBe(
        'Sample overview of the second section.',
      );
      // Landmarks: the article and a labelled region per part.
      expect($(el, 'article').getAttribute('aria-labelledby')).toBe('_title');
      expect($(el, 'nav').getAttribute('aria-labelledby')).toBe('_contents');
      await expectNoAxeViolations(el);
    });

    it('names the country of an example from its code', async () => {
      const el = await learn({ locale: 'en' });
      expect(text($(el, '#actionable-insights .country'))).toBe('Uruguay');
      const unknown = structuredClone(learnModule);
      unknown.sections[0]!.examples[0]!.country = 'XXA';
      el.module = unknown;
      await el.updateComplete;
      expect(text($(el, '#actionable-insights .country'))).toBe('Country code XXA');
    });

    it('shows a component that the framework lacks by its id', async () => {
      const module: CourseModule = structuredClone(learnModule);
      module.sections[1]!.component = 'not-in-the-framework';
      const el = await learn({ locale: 'en', module });
      expect(text($(el, '#not-in-the-framework h3'))).toBe('not-in-the-framework');
    });
  });

  describe('sources', () => {
    it('lists the sources the module cites, sorted, with a letter after a year shared by a publisher, linked by their title', async () => {
      const el = await learn({ locale: 'en' });
      const items = $$(el, '.references > li');
      expect(items.map((li) => text(li.querySelector('.ref')))).toEqual([
        'Example Agency (2021)',
        'Sample Institute (2024a)',
        'Sample Institute (2024b)',
      ]);
      // A source without a link is a title, not a link; nothing uncited is listed.
      expect(items[0]!.querySelector('a')).toBeNull();
      expect(text(items[0]!.querySelector('cite'))).toBe('Example review of information systems');
      const links = $$<HTMLAnchorElement>(el, '.references a');
      expect(links.map((a) => [text(a), a.href])).toEqual([
        ['A sample guide to keeping records safe', 'https://example.org/guide'],
        ['Sample handbook on school data', 'https://example.org/handbook.pdf'],
      ]);
      expect(text($(el, '.sources'))).not.toContain('Uncited sample');
    });

    it('cites the sources of each practice and example as short references', async () => {
      const el = await learn({ locale: 'en' });
      expect($$(el, '#actionable-insights .cite').map(text)).toEqual([
        'Source: Sample Institute (2024b)',
        'Sources: Sample Institute (2024a) and Example Agency (2021)',
        'Source: Example Agency (2021)',
      ]);
      expect(text($(el, '#security-privacy .cite'))).toBe('Source: Sample Institute (2024a)');
    });

    it('names a cited source missing from `sources` by its id', async () => {
      const el = await learn({ locale: 'en', sources: learnSources.slice(1) });
      expect(text($(el, '#actionable-insights .cite'))).toBe('Source: fixture-handbook');
    });
  });

  describe('properties', () => {
    it('shows each component’s current level and marks the low ones, from a result', async () => {
      const result = scoreResponse(framework, responseWith('actionable-insights'));
      const el = await learn({ locale: 'en', result });
      expect(text($(el, 'header .level'))).toMatch(
        /^Your current level in this pillar: Level \d: /,
      );
      expect(text($(el, '#actionable-insights .level'))).toBe(
        'Your current level: Level 1: Latent Low level: a place to start',
      );
      expect($(el, '#actionable-insights').classList.contains('low')).toBe(true);
      expect(text($(el, '#security-privacy .level'))).toMatch(
        /^Your current level: Level [34]: (Established|Advanced)$/,
      );
      expect($(el, '#security-privacy [part~=low]')).toBeNull();
      await expectNoAxeViolations(el);
    });

    it('shows no level without a result, and "Not scored" for a component not answered', async () => {
      const el = await learn({ locale: 'en' });
      expect($$(el, '.level')).toEqual([]);
      const none = responseWith('actionable-insights');
      for (const id of Object.keys(none.answers))
        if (id.startsWith('security-privacy')) delete none.answers[id];
      el.result = scoreResponse(framework, none);
      await el.updateComplete;
      expect(text($(el, '#security-privacy .level'))).toBe('Your current level: Not scored');
    });

    it('has an anchor per component, and `section` scrolls to it and focuses its heading', async () => {
      const el = await learn({ locale: 'en' });
      expect($$(el, 'section.component').map((s) => s.id)).toEqual([
        'actionable-insights',
        'security-privacy',
      ]);
      el.style.display = 'block';
      el.style.blockSize = '300px';
      el.style.overflowY = 'auto';
      el.section = 'security-privacy';
      await el.updateComplete;
      expect(deepActive()).toBe($(el, '#security-privacy h3'));
      const box = $(el, '#security-privacy').getBoundingClientRect();
      expect(Math.abs(box.top - el.getBoundingClientRect().top)).toBeLessThan(20);
      expect(await el.showSection('nonesuch')).toBe(false);
      expect(await el.showSection('actionable-insights')).toBe(true);
      expect(deepActive()).toBe($(el, '#actionable-insights h3'));
    });

    it('reaches a section asked for before the module arrives', async () => {
      const el = await learn({ locale: 'en', module: undefined, section: 'security-privacy' });
      el.module = learnModule;
      await el.updateComplete;
      expect(deepActive()).toBe($(el, '#security-privacy h3'));
    });

    it('switches language with `locale`: French words and typography, country names and lists in French', async () => {
      const el = await learn({ locale: 'en' });
      el.locale = 'fr';
      await until(() => text($(el, '.intro h3')) === 'Pourquoi c’est important');
      expect($(el, 'article').getAttribute('lang')).toBe('fr');
      const pillar = framework.pillars.find((p) => p.id === 'data-evidence')!;
      expect(text($(el, 'h2'))).toBe(pillar.title['fr']);
      expect(text($(el, '.deep-dive h3'))).toBe('Questions pour l’approfondissement');
      expect(text($(el, '.deep-dive button'))).toBe('Réévaluer ce pilier');
      expect($$(el, '#actionable-insights .cite').map((p) => p.textContent!.trim())[1]).toBe(
        'Sources\u202f: Sample Institute (2024a) et Example Agency (2021)',
      );
      expect($(el, '.deep-dive li').textContent!.trim()).toBe(
        'Question d’exemple 1\u202f: qui utilise les données\u202f?',
      );
      await expectNoAxeViolations(el);
      el.locale = 'en';
      await until(() => text($(el, '.intro h3')) === 'Why it matters');
      expect(text($(el, '#actionable-insights .country'))).toBe('Uruguay');
    });

    it('renders the course’s text as text, never as HTML, and links only http(s) sources', async () => {
      const module = structuredClone(learnModule);
      module.overview = { en: HOSTILE, fr: HOSTILE };
      module.sections[0]!.practices[0]!.text = { en: `<b>${HOSTILE}</b>`, fr: HOSTILE };
      module.sections[0]!.pitfalls = [{ en: '<script>window.__hacked=2</script>', fr: '' }];
      module.sections[0]!.examples[0]!.country = '<i>X</i>';
      const sources = structuredClone(learnSources);
      sources[0]!.url = 'javascript:window.__hacked=3';
      sources[1]!.title = HOSTILE;
      sources[1]!.publisher = '<u>P</u>';
      const el = await learn({ locale: 'en', module, sources, section: '"] , * {' });
      await new Promise((r) => setTimeout(r, 50));
      expect((window as { __hacked?: number }).__hacked).toBeUndefined();
      expect($$(el, 'img, b, script, i, u')).toEqual([]);
      expect(text($(el, 'article > p.overview'))).toBe(HOSTILE);
      expect(text($(el, '#actionable-insights .items p'))).toBe(`<b>${HOSTILE}</b>`);
      expect(text($(el, '#actionable-insights .country'))).toBe('Country code <i>X</i>');
      const links = $$<HTMLAnchorElement>(el, '.references a');
      expect(links.map((a) => a.href)).toEqual(['https://example.org/guide']);
      expect(text(links[0])).toBe(HOSTILE);
      expect(text($(el, '.references'))).toContain('<u>P</u> (2024)');
    });
  });

  describe('events', () => {
    it('fires dtc-learn-rescore with the pillar when "Re-score this pillar" is pressed, by mouse or keyboard', async () => {
      const el = await learn({ locale: 'en' });
      const got: LearnRescoreDetail[] = [];
      document.body.addEventListener('dtc-learn-rescore', (e) => {
        expect(e.composed && e.bubbles).toBe(true);
        got.push(e.detail);
      });
      const button = $(el, 'button[part~=rescore]');
      expect(text(button)).toBe('Re-score this pillar');
      await userEvent.click(button);
      button.focus();
      await userEvent.keyboard('{Enter}');
      await userEvent.keyboard(' ');
      expect(got).toEqual([
        { pillarId: 'data-evidence' },
        { pillarId: 'data-evidence' },
        { pillarId: 'data-evidence' },
      ]);
    });

    it('leaves the button out with `no-rescore`', async () => {
      const el = await learn({ locale: 'en', noRescore: true });
      expect($(el, 'button')).toBeNull();
    });
  });

  describe('keyboard', () => {
    it('moves through the contents to a section with Enter', async () => {
      const el = await learn({ locale: 'en' });
      const links = $$<HTMLAnchorElement>(el, '.contents a');
      expect(links.map(text)).toEqual(['Actionable insights', 'Security and privacy', 'Sources']);
      links[1]!.focus();
      await userEvent.keyboard('{Enter}');
      await until(() => deepActive() === $(el, '#security-privacy h3'));
      links[2]!.focus();
      await userEvent.keyboard('{Enter}');
      await until(() => deepActive() === $(el, '#_sources h3'));
      expect(location.hash).toBe('');
    });
  });

  describe('layout', () => {
    it('mirrors right to left with logical properties', async () => {
      const result = scoreResponse(framework, responseWith('actionable-insights'));
      const el = await learn({ locale: 'en', result, dir: 'rtl' } as Partial<DtcLearn>);
      el.setAttribute('dir', 'rtl');
      el.requestUpdate();
      await el.updateComplete;
      expect($(el, 'article').getAttribute('dir')).toBe('rtl');
      const low = getComputedStyle($(el, '#actionable-insights'));
      expect([low.borderRightWidth, low.borderLeftWidth]).toEqual(['5px', '0px']);
      await expectNoAxeViolations(el);
    });

    it('prints without the contents and the button, with the links of the sources written out', async () => {
      const el = await learn({ locale: 'en' });
      expect(getComputedStyle($(el, '.url')).display).toBe('none');
      await emulateMedia('print');
      try {
        expect(getComputedStyle($(el, 'nav')).display).toBe('none');
        expect(getComputedStyle($(el, '.rescore')).display).toBe('none');
        expect(getComputedStyle($(el, '.url')).display).toBe('block');
        expect(getComputedStyle($(el, '.references > li')).breakInside).toBe('avoid');
        expect(getComputedStyle($(el, 'h3')).breakAfter).toBe('avoid');
      } finally {
        await emulateMedia('');
      }
      el.print = true;
      await el.updateComplete;
      expect(getComputedStyle($(el, 'nav')).display).toBe('none');
    });
  });

  describe('a11y', () => {
    it('has no axe violations in English and in French, with a result', async () => {
      const result = scoreResponse(framework, responseWith('security-privacy'));
      const el = await learn({ locale: 'en', result });
      await expectNoAxeViolations(el);
      el.locale = 'fr';
      await until(() => text($(el, '.intro h3')) === 'Pourquoi c’est important');
      await expectNoAxeViolations(el);
    });
  });
});
