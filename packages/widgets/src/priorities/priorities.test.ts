import { scoreResponse } from '@dtc/scoring';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectNoAxeViolations } from '../../test/helpers.js';
import { $, $$, darkMode, deepActive, mount, textOf, until } from '../../test/chart-helpers.js';
import {
  emptyResponse,
  fixtureFramework,
  fullResponse,
  partialResponse,
} from '../../test/fixtures-results.js';
import './define.js';
import type { DtcPriorities, PrioritiesChangeDetail } from './define.js';

function priorities(props: Partial<DtcPriorities> = {}): DtcPriorities {
  const el = document.createElement('dtc-priorities');
  Object.assign(el, { framework: fixtureFramework, response: fullResponse(), ...props });
  return el;
}

afterEach(async () => {
  await darkMode(false);
});

describe('dtc-priorities', () => {
  describe('defaults', () => {
    it('lists every ranked component in the engine order, none chosen', async () => {
      const response = fullResponse();
      const el = await mount(priorities({ response }));
      const ranked = scoreResponse(fixtureFramework, response).priorities;
      const names = new Map(
        fixtureFramework.pillars.flatMap((p) => p.components.map((c) => [c.id, c.title.en!])),
      );
      expect($$(el, 'li[part=item] strong').map(textOf)).toEqual(
        ranked.map((p) => names.get(p.componentId)),
      );
      expect($$<HTMLInputElement>(el, 'input').every((i) => !i.checked)).toBe(true);
      expect(textOf($(el, '.status'))).toBe('0 of 3 chosen');
      expect(textOf($(el, 'legend'))).toBe('Choose up to 3 priorities');
      await expectNoAxeViolations(el);
    });

    it('says when there is nothing to rank', async () => {
      const el = await mount(priorities({ response: undefined }));
      expect(textOf($(el, 'fieldset > p:not(.hint):not(.status)'))).toBe(
        'No components to rank yet: answer some questions first.',
      );
      await expectNoAxeViolations(el);
    });

    it('limits the list, keeping a choice from further down', async () => {
      const ids = scoreResponse(fixtureFramework, fullResponse()).priorities.map(
        (p) => p.componentId,
      );
      const el = await mount(priorities({ limit: 4 }));
      expect($$(el, 'li[part=item]')).toHaveLength(4);
      el.selected = [ids[9]!];
      await el.updateComplete;
      expect($$(el, 'li[part=item]')).toHaveLength(5);
      expect($$<HTMLInputElement>(el, 'input')[4]!.checked).toBe(true);
    });
  });

  describe('events and limit', () => {
    it('chooses up to three, refuses a fourth with a message, and accepts after an untick', async () => {
      const el = await mount(priorities());
      const details: PrioritiesChangeDetail[] = [];
      el.addEventListener('dtc-priorities-change', (e) => details.push(e.detail));
      const boxes = $$<HTMLInputElement>(el, 'input[type=checkbox]');
      const ids = scoreResponse(fixtureFramework, fullResponse()).priorities.map(
        (p) => p.componentId,
      );

      await userEvent.click(boxes[0]!);
      await userEvent.click(boxes[2]!);
      await userEvent.click(boxes[1]!);
      expect(details.map((d) => d.priorities)).toEqual([
        [ids[0]],
        [ids[0], ids[2]],
        [ids[0], ids[2], ids[1]],
      ]);
      expect(el.selected).toEqual([ids[0], ids[2], ids[1]]);
      expect(textOf($(el, '.status'))).toBe('3 of 3 chosen');
      expect(textOf($$(el, '.badge')[1])).toBe('Priority 3');

      // A fourth is refused: unticked again, a message says why, no event.
      await userEvent.click(boxes[3]!);
      expect(boxes[3]!.checked).toBe(false);
      expect(details).toHaveLength(3);
      const message = $(el, '.message');
      expect(message.getAttribute('role')).toBe('alert');
      expect(textOf(message)).toMatch(
        /^You can choose up to 3 priorities\. To choose .+, first untick one of your choices\.$/,
      );
      expect(boxes[3]!.getAttribute('aria-describedby')).toContain('message');
      await expectNoAxeViolations(el);

      // Untick one, then the fourth can be chosen.
      await userEvent.click(boxes[0]!);
      expect(el.shadowRoot!.querySelector('.message')).toBeNull();
      await userEvent.click(boxes[3]!);
      expect(details.at(-1)!.priorities).toEqual([ids[2], ids[1], ids[3]]);
    });

    it('works from the keyboard', async () => {
      const el = await mount(priorities());
      $$<HTMLInputElement>(el, 'input')[0]!.focus();
      await userEvent.keyboard(' ');
      expect(el.selected).toHaveLength(1);
      await userEvent.tab();
      expect(deepActive()).toBe($$(el, 'input')[1]);
    });

    it('shows a selection given as a property', async () => {
      const ids = scoreResponse(fixtureFramework, fullResponse()).priorities.map(
        (p) => p.componentId,
      );
      const el = await mount(priorities({ selected: [ids[4]!] }));
      expect($$<HTMLInputElement>(el, 'input')[4]!.checked).toBe(true);
      expect(textOf($(el, '.status'))).toBe('1 of 3 chosen');
    });

    it('ignores chosen ids that are not in the ranking (they could not be seen or undone)', async () => {
      const ids = scoreResponse(fixtureFramework, fullResponse()).priorities.map(
        (p) => p.componentId,
      );
      const el = await mount(priorities({ selected: ['no-such-component', ids[1]!, 'gone'] }));
      expect(textOf($(el, '.status'))).toBe('1 of 3 chosen');
      const boxes = $$<HTMLInputElement>(el, 'input');
      const changes: string[][] = [];
      el.addEventListener('dtc-priorities-change', (e) => changes.push(e.detail.priorities));
      await userEvent.click(boxes[0]!);
      await userEvent.click(boxes[2]!);
      expect(changes.at(-1)).toEqual([ids[1], ids[0], ids[2]]);
      expect(textOf($(el, '.status'))).toBe('3 of 3 chosen');
    });
  });

  describe('per-pillar priorities', () => {
    it('chooses one component per pillar, or none, beside the overall ones', async () => {
      const el = await mount(priorities({ selected: [] }));
      const details: PrioritiesChangeDetail[] = [];
      el.addEventListener('dtc-priorities-change', (e) => details.push(e.detail));
      expect(textOf($(el, '[part=pillars] legend'))).toBe(
        'A priority within each pillar (optional)',
      );
      const selects = $$<HTMLSelectElement>(el, '[part=pillars] select');
      expect(selects).toHaveLength(fixtureFramework.pillars.length);
      expect(textOf($(el, 'label[for=p-data-evidence]'))).toBe('Data and evidence');
      // The rank number belongs to the ranked list only, not to a pillar's name.
      const before = (sel: string) => getComputedStyle($(el, sel), '::before').content;
      expect(before('label[for=p-data-evidence]')).toBe('none');
      expect(before('label[for=c-1]')).toBe('counter(rank) ". "');
      expect([...$<HTMLSelectElement>(el, '#p-data-evidence').options].map(textOf)).toEqual([
        'No priority for this pillar',
        'Actionable insights',
        'Security and privacy',
      ]);
      await userEvent.selectOptions(
        $<HTMLSelectElement>(el, '#p-data-evidence'),
        'security-and-privacy',
      );
      await userEvent.click($$<HTMLInputElement>(el, 'input[type=checkbox]')[0]!);
      await userEvent.selectOptions(
        $<HTMLSelectElement>(el, '#p-connectivity-infrastructure'),
        'hardware-and-devices',
      );
      await userEvent.selectOptions($<HTMLSelectElement>(el, '#p-data-evidence'), '');
      const first = scoreResponse(fixtureFramework, fullResponse()).priorities[0]!.componentId;
      expect(details).toEqual([
        { priorities: [], pillarPriorities: { 'data-evidence': 'security-and-privacy' } },
        { priorities: [first], pillarPriorities: { 'data-evidence': 'security-and-privacy' } },
        {
          priorities: [first],
          pillarPriorities: {
            'data-evidence': 'security-and-privacy',
            'connectivity-infrastructure': 'hardware-and-devices',
          },
        },
        {
          priorities: [first],
          pillarPriorities: { 'connectivity-infrastructure': 'hardware-and-devices' },
        },
      ]);
      expect(el.pillarPriorities).toEqual({
        'connectivity-infrastructure': 'hardware-and-devices',
      });
      await expectNoAxeViolations(el);
    });

    it('shows per-pillar choices given as a property, in French', async () => {
      const el = await mount(
        priorities({
          locale: 'fr',
          pillarPriorities: { 'cost-sustainability': 'financing-models' },
        }),
      );
      await until(() => textOf($(el, 'legend')) === 'Choisissez jusqu’à 3 priorités');
      expect($<HTMLSelectElement>(el, '#p-cost-sustainability').value).toBe('financing-models');
      expect(textOf($(el, '[part=pillars] legend'))).toBe(
        'Une priorité dans chaque pilier (facultatif)',
      );
      await expectNoAxeViolations(el);
    });
  });

  describe('words, direction and themes', () => {
    it('speaks French with reasons in words', async () => {
      const el = await mount(priorities({ locale: 'fr', response: partialResponse() }));
      await until(() => textOf($(el, 'legend')) === 'Choisissez jusqu’à 3 priorités');
      expect($$(el, '.why li').map(textOf)).toContain('Elle n’a pas encore été évaluée.');
      await expectNoAxeViolations(el);
    });

    it('has no axe violations right to left, empty and dark', async () => {
      const el = await mount(priorities({ response: emptyResponse() }), { dir: 'rtl' });
      expect($(el, 'fieldset').dir).toBe('rtl');
      await expectNoAxeViolations(el);
      await darkMode(true);
      el.response = fullResponse();
      await el.updateComplete;
      await expectNoAxeViolations(el);
    });
  });
});
