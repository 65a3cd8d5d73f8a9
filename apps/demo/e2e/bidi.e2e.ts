/**
 * Words in their own direction on an Arabic page: an assessment labelled in Latin letters, with
 * a trailing "!", keeps its order on the History page and reorders nothing around it.
 */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFile, file, makeResponse } from './fixtures.js';
import { axe, describeViolations, goto, launch, open, type Watched } from './helpers.js';

const LABEL = 'EMIS review (phase 2)!';
const ROLE = 'EMIS lead (acting)';

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launch();
  w = await open(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('text in its own direction', () => {
  it('shows a Latin label on the Arabic History page as it was typed', async () => {
    const { page } = w;
    await goto(page, 'history');
    const response = {
      ...makeResponse({ label: LABEL, role: 'other', country: 'SEN', level: () => 2 }),
      respondent: { role: 'other', roleDetail: ROLE, country: 'SEN' },
    };
    await page.setInputFiles('#import-file', file('emis.dtc.json', exportFile('emis', response)));
    await page.getByText('One assessment imported.').waitFor();
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.waitForFunction(
      () => document.documentElement.lang === 'ar' && document.documentElement.dir === 'rtl',
    );

    const title = page.locator('h3[id^="title-"]', { hasText: LABEL });
    await title.waitFor();
    const seen = await title.evaluate((h) => {
      const node = [...h.childNodes].find(
        (n) => n.nodeType === Node.TEXT_NODE && n.nodeValue!.trim(),
      )!;
      const text = node.nodeValue!;
      const left = (i: number): number => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect().left;
      };
      return {
        dir: h.getAttribute('dir'),
        direction: getComputedStyle(h).direction,
        // As drawn: the "!" after the first letter, not before it at the left.
        inOrder: left(text.lastIndexOf('!')) > left(text.indexOf('E')),
      };
    });
    expect(seen).toEqual({ dir: 'auto', direction: 'ltr', inOrder: true });
    // The role in the respondent's own words, isolated among the Arabic details.
    expect(await page.locator('.entry .meta bdi').allTextContents()).toEqual([ROLE]);
    expect(describeViolations(await axe(page))).toBe('');
    expect(w.errors).toEqual([]);
  });
});
