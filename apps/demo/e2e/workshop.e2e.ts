/**
 * A facilitator runs a workshop: three participants' files imported at once, a share code
 * pasted, the group seen (every radar, the heatmap, views by role and by country, where
 * views diverge), all kept in the facilitator's browser across reloads.
 */
import type { Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFile, file, makeResponse, participants } from './fixtures.js';
import {
  axe,
  describeViolations,
  focused,
  goto,
  launch,
  open,
  reload,
  stored,
  type Watched,
} from './helpers.js';

let browser: Browser;
let w: Watched;

beforeAll(async () => {
  browser = await launch();
  w = await open(browser);
});
afterAll(async () => {
  await browser?.close();
});

describe('a workshop', () => {
  it('imports three participants’ files at once', async () => {
    const { page } = w;
    await goto(page, 'workshop');
    expect(await page.getByText('Add at least one participant to see the group.').count()).toBe(1);
    const files = participants().map((r, i) =>
      file(`participant-${i + 1}.dtc.json`, exportFile(`p${i + 1}`, r)),
    );
    await page.setInputFiles('#workshop-files', files);
    await page.locator('#add-outcome').getByText('3 participants added.').waitFor();
    await expect.poll(() => page.locator('#participants-table tbody tr').count()).toBe(3);
    // All radars together: every participant on one radar, then one radar each.
    expect(
      await page
        .locator('#radar-all')
        .evaluate((el) => (el as unknown as { series: unknown[] }).series.length),
    ).toBe(3);
    expect(await page.locator('.chart-grid dtc-radar-chart').count()).toBe(3);
    expect(await page.locator('dtc-heatmap').count()).toBe(1);
    const heat = await page.evaluate(() => {
      const h = document
        .querySelector('dtc-group-results')!
        .shadowRoot!.querySelector('dtc-heatmap') as unknown as {
        rows: unknown[];
        columns: unknown[];
        values: unknown[][];
      };
      return { rows: h.rows.length, columns: h.columns.length, values: h.values.length };
    });
    expect(heat.columns).toBe(3);
    expect(heat.rows).toBeGreaterThan(20);
    expect(heat.values).toBe(heat.rows);
    // The same files again add nobody.
    await page.setInputFiles('#workshop-files', files);
    await page.locator('#add-outcome').getByText('No participant added.').waitFor();
    await reload(page);
    expect(await page.locator('#participants-table tbody tr').count()).toBe(3);
  });

  it('adds a participant from a pasted share code', async () => {
    const { page } = w;
    // A share code made by the site itself, from another browser profile.
    const other = await open(browser);
    await goto(other.page, 'history');
    const response = makeResponse({
      label: 'Shared by code',
      role: 'partner',
      country: 'FRA',
      level: () => 3,
    });
    await other.page.setInputFiles(
      '#import-file',
      file('shared.dtc.json', exportFile('shared', response)),
    );
    await other.page.getByText('One assessment imported.').waitFor();
    await other.page.getByRole('button', { name: /^Share link\b/ }).click();
    const link = await other.page.locator('input[id^="share-"]').inputValue();
    expect(link).toMatch(/\/share#1\.[A-Za-z0-9_-]+$/);
    await other.context.close();

    await page.locator('#workshop-codes').fill(`${link}\nnot a code`);
    await page.getByRole('button', { name: 'Add from codes' }).click();
    await page.locator('#add-outcome').getByText('One participant added.').waitFor();
    expect(
      await page
        .locator('#add-outcome')
        .getByText('line 2: This is not a share code of this toolkit.')
        .count(),
    ).toBe(1);
    await expect.poll(() => page.locator('#participants-table tbody tr').count()).toBe(4);
  });

  it('shows views by role and by country, and where they diverge', async () => {
    const { page } = w;
    const seriesLabels = () =>
      page.evaluate(() => {
        const radar = document
          .querySelector('dtc-group-results')!
          .shadowRoot!.querySelector('#groups-title')!
          .closest('section')!
          .querySelector('dtc-radar-chart') as unknown as {
          series: { label: string }[];
        };
        return radar.series.map((s) => s.label);
      });
    expect(await seriesLabels()).toEqual([
      'Ministry of education (2)',
      'Ministry of ICT (1)',
      'Partner organisation (1)',
    ]);
    const link = page.getByRole('link', { name: 'Group by: Country' });
    await link.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(0);
    await link.click();
    await page.waitForFunction(() => location.search.includes('by=country'));
    await expect.poll(seriesLabels).toEqual(['France (1)', 'Morocco (1)', 'Senegal (2)']);
    // A view filter changes the page in place: the facilitator stays where they were, focus
    // on the link.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    expect((await focused(page)).text).toBe('Group by: Country');
    expect(await page.locator('#divergence-title').count()).toBe(1);
    // One pillar at a time, as in the gallery walk after the first section.
    await page.getByRole('link', { name: 'Coordination and leadership' }).click();
    await page.waitForFunction(() => location.search.includes('scope=coordination-leadership'));
    const rows = () =>
      page.evaluate(
        () =>
          (
            document
              .querySelector('dtc-group-results')!
              .shadowRoot!.querySelector('dtc-heatmap') as unknown as { rows: unknown[] }
          ).rows.length,
      );
    // One row per component: coordination and leadership has five since 2.0.0 (equity and
    // inclusion joined it).
    await expect.poll(rows).toBe(5);
    await reload(page);
    expect(await page.locator('#participants-table tbody tr').count()).toBe(4);
    const violations = await axe(page);
    expect(describeViolations(violations)).toBe('');
    const data = await stored(page);
    expect((data['dtc-demo:workshop'] as { participants: unknown[] }).participants).toHaveLength(4);
  });

  it('removes a participant and clears the workshop', async () => {
    const { page } = w;
    await page.getByRole('button', { name: /^Remove\b.*Shared by code/ }).click();
    await expect.poll(() => page.locator('#participants-table tbody tr').count()).toBe(3);
    await page.getByRole('button', { name: 'Clear the workshop' }).first().click();
    await page.locator('#confirm-clear').click();
    await page.getByText('Add at least one participant to see the group.').waitFor();
    await reload(page);
    expect(await page.getByText('No participant yet.').count()).toBe(1);
    expect(w.outside).toEqual([]);
    expect(w.errors).toEqual([]);
  });
});
