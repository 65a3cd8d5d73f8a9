// The group view of a workshop with many participants, built by bench/group.mjs like the CDN
// bundle. `?n=300` sets the number of participants. Marks `dtc-group-start` just before the
// element enters the page and `dtc-group-done` once every chart in it has rendered and that
// frame is on screen; reports on `window.__group`. Nothing here asserts.
import { sixPillars } from '@dtc/framework';
import { RESPONDENT_ROLES, type Response } from '@dtc/schema';
import '../src/group-results/define.js';
import type { DtcGroupResults, GroupParticipant } from '../src/group-results/define.js';

const n = Number(new URLSearchParams(location.search).get('n') ?? 300);
const countries = ['SEN', 'CIV', 'KEN', 'PER', 'IDN', 'FRA', 'MEX', 'EGY'];
const questions = sixPillars.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));

/** Participant `k`: every rubric question answered, levels spread by `k`. */
function participant(k: number): GroupParticipant {
  const answers: Response['answers'] = {};
  questions.forEach((q, i) => {
    if (q.kind === 'rubric')
      answers[q.id] = { value: ((i * 7 + k * 3) % 4) + 1, answeredAt: '2026-03-25T09:00:00Z' };
  });
  return {
    id: `p${k}`,
    label: `Participant ${k + 1}`,
    response: {
      format: 'dtc.response',
      version: 1,
      framework: { id: sixPillars.id, version: sixPillars.version },
      respondent: {
        role: RESPONDENT_ROLES[k % RESPONDENT_ROLES.length]!,
        country: countries[k % countries.length]!,
      },
      answers,
      history: [],
    },
  };
}

/** Waits until no Lit element in `root`'s shadow trees has an update pending. */
async function settled(root: Element): Promise<void> {
  for (let pass = 0; pass < 50; pass++) {
    const pending: Promise<unknown>[] = [];
    const visit = (el: Element): void => {
      const lit = el as { isUpdatePending?: boolean; updateComplete?: Promise<unknown> };
      if (lit.isUpdatePending && lit.updateComplete) pending.push(lit.updateComplete);
      el.shadowRoot?.querySelectorAll('*').forEach(visit);
    };
    visit(root);
    if (!pending.length) return;
    await Promise.all(pending);
  }
}

/** Resolves once the frame after the current one has been produced. */
const painted = (): Promise<void> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    }),
  );

async function main(): Promise<void> {
  const longTasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
  const participants = Array.from({ length: n }, (_, k) => participant(k));
  await painted();
  const box = document.createElement('div');
  box.style.width = '1200px';
  const el = document.createElement('dtc-group-results') as DtcGroupResults;
  el.framework = sixPillars;
  el.locale = 'en';
  el.participants = participants;
  box.append(el);
  performance.mark('dtc-group-start');
  const start = performance.now();
  document.body.append(box);
  // Whatever the view renders progressively is part of the work: wait for all of it.
  for (;;) {
    await settled(el);
    await painted();
    const busy = (el as { rendering?: boolean }).rendering;
    if (!busy) break;
  }
  const wall = performance.now() - start;
  performance.mark('dtc-group-done');
  // Let the observer deliver the last long task.
  await new Promise((r) => setTimeout(r, 50));
  const charts = el.shadowRoot?.querySelectorAll('dtc-radar-chart, dtc-heatmap').length ?? 0;
  const nodes = (root: ParentNode): number =>
    [...root.querySelectorAll('*')].reduce(
      (sum, e) => sum + 1 + (e.shadowRoot ? nodes(e.shadowRoot) : 0),
      0,
    );
  (window as unknown as { __group: unknown }).__group = {
    wall,
    longest: Math.max(0, ...longTasks),
    longTasks: longTasks.length,
    charts,
    elements: nodes(el.shadowRoot!),
  };
}

main().catch((error: unknown) => {
  (window as unknown as { __group: unknown }).__group = { error: String(error) };
});
