// Runs in Chromium, built by bench/run.mjs the way the CDN bundle is built (minified,
// production Lit). Reports timings on `window.__bench`; nothing here asserts.
import { sixPillars } from '@dtc/framework';
import { parseFramework, type Response } from '@dtc/schema';
import '../src/index.js';

type Timings = Record<string, number[]>;
const timings: Timings = {};
const record = (name: string, ms: number): void => {
  (timings[name] ??= []).push(ms);
};

const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

/** Waits for an element and every Lit element in its shadow tree to finish updating. */
async function settled(root: Element): Promise<void> {
  for (let pass = 0; pass < 5; pass++) {
    const pending: Promise<unknown>[] = [];
    const visit = (el: Element): void => {
      const done = (el as { updateComplete?: Promise<unknown> }).updateComplete;
      if (done) pending.push(done);
      el.shadowRoot?.querySelectorAll('*').forEach(visit);
    };
    visit(root);
    const results = await Promise.all(pending);
    if (results.every((r) => r !== false)) return;
  }
}

const questions = sixPillars.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));
function response(seed: number): Response {
  const answers: Response['answers'] = {};
  questions.forEach((q, i) => {
    if (q.kind === 'rubric')
      answers[q.id] = { value: ((i + seed) % 4) + 1, answeredAt: '2026-03-25T09:00:00Z' };
  });
  return {
    format: 'dtc.response',
    version: 1,
    framework: { id: sixPillars.id, version: sixPillars.version },
    respondent: { role: 'ministry-education' },
    answers,
    history: [],
  };
}

async function firstPage(): Promise<void> {
  // Time from the start of navigation to the first questionnaire step on screen.
  const el = document.createElement('dtc-assessment');
  el.setAttribute('no-autosave', '');
  el.framework = sixPillars;
  el.locale = 'en';
  document.body.append(el);
  await settled(el);
  await frame();
  const now = performance.now();
  const start = (globalThis as { __scriptStart?: number }).__scriptStart ?? 0;
  const nav = performance.getEntriesByType('navigation')[0] as
    PerformanceNavigationTiming | undefined;
  record('assessment: first page, from navigation start', now);
  record('assessment: first page, from script start', now - start);
  if (nav) record('page: navigation start to HTML received', nav.responseEnd);
  el.remove();
}

async function assessmentRender(): Promise<void> {
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    const el = document.createElement('dtc-assessment');
    el.setAttribute('no-autosave', '');
    el.framework = sixPillars;
    el.locale = 'en';
    document.body.append(el);
    await settled(el);
    record('assessment: render first step (warm)', performance.now() - start);
    el.remove();
  }
}

async function resultsRender(): Promise<void> {
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    const el = document.createElement('dtc-results');
    el.style.width = '900px';
    el.framework = sixPillars;
    el.response = response(i);
    el.locale = 'en';
    document.body.append(el);
    await settled(el);
    record('results: first render, full framework', performance.now() - start);
    el.remove();
  }
  const el = document.createElement('dtc-results');
  el.style.width = '900px';
  el.framework = sixPillars;
  let current = response(0);
  el.response = current;
  el.locale = 'en';
  document.body.append(el);
  await settled(el);
  for (let i = 0; i < 40; i++) {
    const q = questions[(i * 7) % questions.length]!;
    if (q.kind !== 'rubric') continue;
    const old = current.answers[q.id];
    const value = old && typeof old.value === 'number' ? (old.value % 4) + 1 : 1;
    current = {
      ...current,
      answers: { ...current.answers, [q.id]: { value, answeredAt: '2026-03-25T10:00:00Z' } },
    };
    const start = performance.now();
    el.response = current;
    await settled(el);
    record('results: update after one answer changes', performance.now() - start);
  }
  el.remove();
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The validation a page with `src` runs before the first step: JSON text to a framework. */
function frameworkParse(): void {
  const text = JSON.stringify(sixPillars);
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    if (!parseFramework(text).ok) throw new Error('the bundled framework does not validate');
    record('schema: parseFramework(six-pillars.json text)', performance.now() - start);
  }
}

async function main(): Promise<void> {
  await firstPage();
  frameworkParse();
  await assessmentRender();
  await resultsRender();
  const summary = Object.fromEntries(
    Object.entries(timings).map(([k, xs]) => [
      k,
      { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length },
    ]),
  );
  (window as unknown as { __bench: unknown }).__bench = summary;
}

main().catch((error: unknown) => {
  (window as unknown as { __bench: unknown }).__bench = { error: String(error) };
});
