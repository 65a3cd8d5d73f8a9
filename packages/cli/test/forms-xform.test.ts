/**
 * The XForm as ODK's own engine (@getodk/xforms-engine, the engine of ODK Web Forms) reads it:
 * loaded in headless Chromium (the engine needs a DOM), filled in, its submission serialised by
 * the engine, then read back by `dtc import odk` into the response a respondent answering the
 * same way in the questionnaire would give, with the same scores.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sixPillars } from '@dtc/framework';
import { parseResponse, type Framework, type Response } from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldName } from '../src/forms/index.js';
import { dtc } from './forms-helpers.js';

// The machine's Chromium, found as every browser test finds it (scripts/chromium.mjs); the
// test runner (`npm test`) installs one or stops with how to get one.
const CHROMIUM = findChromium();
/** The engine's published browser bundle (the test run's `development` condition would give its sources). */
const ENGINE = (() => {
  const entry = createRequire(import.meta.url).resolve('@getodk/xforms-engine');
  const root = entry.slice(0, entry.lastIndexOf('xforms-engine') + 'xforms-engine'.length);
  return join(root, 'dist', 'index.js');
})();

/** The answers a respondent gives, by question id, as the questionnaire stores them. */
function answersFor(framework: Framework): Record<string, string | number> {
  const answers: Record<string, string | number> = {};
  let i = 0;
  for (const pillar of framework.pillars)
    for (const component of pillar.components)
      for (const q of component.questions) {
        i += 1;
        if (i % 7 === 0 && q.allowDontKnow) answers[q.id] = 'dont-know';
        else if (i % 11 === 0 && q.allowNotApplicable) answers[q.id] = 'na';
        else if (i % 13 === 0)
          continue; // left unanswered
        else if (q.kind === 'rubric')
          answers[q.id] = q.descriptors[i % q.descriptors.length]!.level;
        else if (q.kind === 'choice') answers[q.id] = q.options[i % q.options.length]!.id;
        else if (q.kind === 'boolean') answers[q.id] = i % 2 ? 'yes' : 'no';
        else answers[q.id] = 'Pilots in 3 regions & a plan <2027>';
      }
  return answers;
}

/** The same answers as values of the form's fields (choice names). */
function fieldValues(answers: Record<string, string | number>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [id, value] of Object.entries(answers))
    values[fieldName(id)] =
      value === 'dont-know'
        ? 'dont_know'
        : typeof value === 'string' && !value.includes(' ')
          ? fieldName(value)
          : String(value);
  return values;
}

function direct(framework: Framework, answers: Record<string, string | number>): Response {
  const parsed = parseResponse(
    {
      format: 'dtc.response',
      version: 1,
      framework: { id: framework.id, version: framework.version },
      respondent: {
        role: 'ministry-education',
        country: 'SEN',
        organisation: 'Ministère de l’Éducation',
      },
      answers: Object.fromEntries(
        Object.entries(answers).map(([id, value]) => [
          id,
          { value, answeredAt: '2026-03-25T09:30:00.000Z' },
        ]),
      ),
    },
    framework,
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

/** What the page's `fill` returns. */
interface Filled {
  seen: string[];
  status: string;
  languages: number;
  submission: string;
}

describe('the XForm in ODK’s engine', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dtc-xform-'));
    if (!CHROMIUM) throw new Error('No Chromium found: set CHROME_PATH or install chromium.');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the form, takes the answers and its submission maps back to the same response and scores', async () => {
    const xformPath = join(dir, 'six-pillars.xml');
    const exported = await dtc(['export', 'xform', '--output', xformPath]);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const xform = await readFile(xformPath, 'utf8');
    const engine = await readFile(ENGINE, 'utf8');
    const harness = await readFile(new URL('./fixtures/forms/fill.js', import.meta.url), 'utf8');

    const page = await browser.newPage();
    await page.route('http://localhost:9/**', (route) => {
      const url = new URL(route.request().url());
      if (url.pathname === '/engine.js')
        return route.fulfill({ body: engine, contentType: 'text/javascript' });
      if (url.pathname === '/fill.js')
        return route.fulfill({ body: harness, contentType: 'text/javascript' });
      return route.fulfill({
        body: '<!doctype html><title>forms</title><script type="module" src="/fill.js"></script>',
        contentType: 'text/html',
      });
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto('http://localhost:9/');
    await page
      .waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, undefined, {
        timeout: 20_000,
      })
      .catch((error: unknown) => {
        throw new Error(`the engine did not load: ${errors.join('; ') || String(error)}`);
      });

    const answers = answersFor(sixPillars);
    const values: Record<string, string> = {
      ...fieldValues(answers),
      role: 'ministry-education',
      country: 'SEN',
      organisation: 'Ministère de l’Éducation',
    };
    const filled = await page.evaluate(
      ([xml, fields]) =>
        (
          window as unknown as { fill: (x: string, v: Record<string, string>) => Promise<Filled> }
        ).fill(xml, fields),
      [xform, values] as const,
    );
    await page.close();

    expect(filled.status).toBe('ready');
    expect(filled.languages).toBe(sixPillars.locales.length);
    expect(filled.seen.sort()).toEqual(Object.keys(values).sort());

    const submissionPath = join(dir, 'submission.xml');
    await writeFile(submissionPath, filled.submission);
    const imported = await dtc(['import', 'odk', submissionPath]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const lines = imported.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const response = JSON.parse(lines[0]!) as Response;

    const expected = direct(sixPillars, answers);
    expect(
      Object.fromEntries(Object.entries(response.answers).map(([id, a]) => [id, a.value])),
    ).toEqual(answers);
    expect(response.respondent).toEqual(expected.respondent);
    expect(response.id).toMatch(/^uuid:/);
    const parsed = parseResponse(response, sixPillars);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(scoreResponse(sixPillars, parsed.value)).toEqual(scoreResponse(sixPillars, expected));
  }, 120_000);
});
