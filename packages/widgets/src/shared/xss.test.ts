/**
 * Hostile text in every element. The corpus of scripts/xss/corpus.ts (script tags, event
 * handlers, javascript:/data: URLs, SVG and MathML, attribute breakouts, Unicode tricks, CSS,
 * Markdown links, spreadsheet formulas, template lookalikes) goes into every text field of a
 * framework, a response, a plan, question feedback and a workshop's names, round after round
 * until each field has held each payload, and every element renders them at once. After each
 * round: no payload ran (each calls `window.__xss`), no element a payload could bring
 * appeared, no attribute starts with `on`, no link or source has a scheme other than http(s)
 * or mailto, and each field an element shows (found with harmless words first) is shown as
 * it is. The plan's CSV and Markdown files are checked too.
 */
import {
  parseActionPlan,
  parseFeedback,
  parseFramework,
  parseResponse,
  type ActionPlan,
  type Framework,
  type QuestionFeedback,
  type Response,
} from '@dtc/schema';
import { html, render } from 'lit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../index.js';
import { planToCsv, planToMarkdown } from '../model.js';
import { settled } from '../../test/chart-helpers.js';
import {
  MARKER,
  PAYLOADS,
  Poisoner,
  auditPage,
  extraTags,
  formulaCells,
  schemaFields,
  shownFields,
  shownVerbatim,
  tracer,
  uncovered,
  unescapedMarkup,
  type Audit,
  type Round,
} from '../../../../scripts/xss/corpus.js';
import {
  PATTERNS,
  anything,
  xssFramework,
  xssPlan,
  xssQuestionFeedback,
  xssResponse,
  xssWorkshop,
  type WorkshopTexts,
} from '../../../../scripts/xss/documents.js';
import { ActionPlan as PlanSchema } from '@dtc/schema';
import {
  Framework as FrameworkSchema,
  QuestionFeedback as FeedbackSchema,
  Response as ResponseSchema,
} from '@dtc/schema';

const calls: number[] = [];
beforeAll(() => {
  (window as unknown as Record<string, unknown>)[MARKER] = (n: number) => calls.push(n);
});
afterAll(() => {
  delete (window as unknown as Record<string, unknown>)[MARKER];
});

const base = xssFramework();

/** The documents of one round, all poisoned (or all traced) together. */
interface Docs {
  framework: Framework;
  response: Response;
  plan: ActionPlan;
  feedback: QuestionFeedback;
  workshop: WorkshopTexts;
}

const poisoners = () => ({
  framework: new Poisoner(base, parseFramework, {
    kinds: schemaFields(FrameworkSchema, PATTERNS),
  }),
  response: new Poisoner(xssResponse(base), (d) => parseResponse(d, base), {
    kinds: schemaFields(ResponseSchema, PATTERNS),
    offset: 1,
  }),
  plan: new Poisoner(xssPlan(), (d) => parseActionPlan(d, base), {
    kinds: schemaFields(PlanSchema, PATTERNS),
    offset: 2,
  }),
  feedback: new Poisoner(xssQuestionFeedback(base), (d) => parseFeedback(d, base), {
    kinds: schemaFields(FeedbackSchema, PATTERNS),
    offset: 3,
  }),
  workshop: new Poisoner(xssWorkshop(), anything, { offset: 4 }),
});

/** Every element, given the round's documents, in one container. */
function view(d: Docs) {
  const fw = d.framework;
  const pillars = fw.pillars.map((p) => ({ id: p.id, label: p.title.en! }));
  const levels = fw.levels.map((l) => ({ value: l.value, label: l.label.en! }));
  const participants = d.workshop.participants.map((label, i) => ({
    id: `p${i}`,
    label,
    response: d.response,
  }));
  const components = fw.pillars.flatMap((p) => p.components);
  const question = components[0]!.questions[0]!;
  const answer = d.response.answers[question.id]!;
  const round = d.response.history.find((h) => h.round)?.round ?? null;
  // With one question of the first component open, the questionnaire resumes at that step.
  const open = structuredClone(d.response);
  delete open.answers[components[0]!.questions.at(-1)!.id];
  return html`
    <dtc-assessment
      id="step"
      no-autosave
      locale="en"
      .framework=${fw}
      .response=${open}
      .questionFeedback=${d.feedback}
    ></dtc-assessment>
    <dtc-assessment
      id="review"
      no-autosave
      locale="en"
      .framework=${fw}
      .response=${d.response}
      .questionFeedback=${d.feedback}
    ></dtc-assessment>
    <dtc-results locale="en" .framework=${fw} .response=${d.response}></dtc-results>
    <dtc-report locale="en" .framework=${fw} .response=${d.response} .plan=${d.plan}></dtc-report>
    <dtc-action-plan
      locale="en"
      .framework=${fw}
      .response=${d.response}
      .plan=${d.plan}
    ></dtc-action-plan>
    <dtc-priorities locale="en" .framework=${fw} .response=${d.response}></dtc-priorities>
    <dtc-compare
      locale="en"
      .framework=${fw}
      .response=${d.response}
      .round=${round}
      before-label=${round ?? ''}
      after-label=${d.response.label ?? ''}
    ></dtc-compare>
    <dtc-group-results
      locale="en"
      .framework=${fw}
      .participants=${participants}
    ></dtc-group-results>
    <dtc-plan-timeline locale="en" .framework=${fw} .plan=${d.plan}></dtc-plan-timeline>
    <dtc-progress locale="en" .framework=${fw} .response=${d.response}></dtc-progress>
    <dtc-rubric-question
      locale="en"
      .question=${question}
      .levels=${fw.levels}
      .value=${answer.value}
      .comment=${answer.comment}
      .evidence=${answer.evidence}
    ></dtc-rubric-question>
    <dtc-question-feedback
      locale="en"
      question-id=${question.id}
      label=${question.title.en!}
      .value=${d.feedback.items[0]}
    ></dtc-question-feedback>
    <dtc-radar-chart
      .label=${d.response.label}
      .axes=${pillars}
      .levels=${levels}
      .series=${participants.map((p, i) => ({
        id: p.id,
        label: p.label,
        values: pillars.map((_, k) => 1 + ((i + k) % 4)),
      }))}
    ></dtc-radar-chart>
    <dtc-bar-chart
      .label=${fw.title.en}
      .levels=${levels}
      .groups=${fw.pillars.map((p) => ({
        id: p.id,
        label: p.title.en!,
        bars: p.components.map((c, k) => ({ id: c.id, label: c.title.en!, value: 1 + (k % 4) })),
      }))}
    ></dtc-bar-chart>
    <dtc-heatmap
      .label=${d.workshop.team}
      .levels=${levels}
      .rows=${components.map((c) => ({ id: c.id, label: c.title.en! }))}
      .columns=${participants.map((p) => ({ id: p.id, label: p.label }))}
      .values=${components.map((_, r) => participants.map((_, c) => 1 + ((r + c) % 4)))}
    ></dtc-heatmap>
  `;
}

const TAGS = [
  'dtc-assessment#step',
  'dtc-assessment#review',
  'dtc-results',
  'dtc-report',
  'dtc-action-plan',
  'dtc-priorities',
  'dtc-compare',
  'dtc-group-results',
  'dtc-plan-timeline',
  'dtc-progress',
  'dtc-rubric-question',
  'dtc-question-feedback',
  'dtc-radar-chart',
  'dtc-bar-chart',
  'dtc-heatmap',
] as const;

const box = document.createElement('div');
box.style.width = '1000px';

/** Renders every element with the documents, waits for them, and audits each. */
async function show(d: Docs): Promise<Map<string, Audit>> {
  document.body.append(box);
  render(html``, box);
  render(view(d), box);
  for (const tag of TAGS) await settled(box.querySelector(tag)!);
  // Time for what would run later: an image's error, a frame's load, a focus.
  await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => requestAnimationFrame(r));
  return new Map(TAGS.map((tag) => [tag, auditPage(tag)]));
}

type Key = keyof Docs;
const KEYS: Key[] = ['framework', 'response', 'plan', 'feedback', 'workshop'];
type Values = Record<Key, Map<string, string>>;

describe('hostile text in every element', () => {
  it('runs no payload, adds no element, handler or unsafe link, and shows the text as text', async () => {
    const p = poisoners();
    // Round one decides which fields take text (the checks refuse ids, codes and dates).
    const first = KEYS.map((k) => [k, p[k].next()!] as const);
    const last = new Map<Key, Round<unknown>>(first);
    // Harmless words in those fields show where each element shows each field.
    const traced = Object.fromEntries(
      KEYS.map((k) => [k, tracer(p[k].base, p[k].textFields, `q${KEYS.indexOf(k)}x`)]),
    ) as Record<Key, Round<unknown>>;
    const tracedDocs = Object.fromEntries(KEYS.map((k) => [k, traced[k].doc])) as unknown as Docs;
    const baseline = await show(tracedDocs);
    const shows = new Map(
      TAGS.map((tag) => [
        tag,
        KEYS.flatMap((k) =>
          shownFields(baseline.get(tag)!.texts, traced[k]).map((f) => [k, f] as const),
        ),
      ]),
    );
    const problems: string[] = [];
    let rounds = 0;
    const check = async (docs: Docs, values: Values) => {
      rounds++;
      const audits = await show(docs);
      for (const tag of TAGS) {
        const audit = audits.get(tag)!;
        const where = `round ${rounds}, <${tag}>`;
        for (const extra of extraTags(audit, baseline.get(tag)!))
          problems.push(`${where}: ${extra}`);
        for (const h of audit.handlers) problems.push(`${where}: handler ${h}`);
        for (const l of audit.links) problems.push(`${where}: link ${l}`);
        for (const [k, field] of shows.get(tag)!) {
          const value = values[k].get(field);
          if (value !== undefined && !shownVerbatim(audit.texts, value)) {
            problems.push(`${where}: ${k} ${field} not shown as it is: ${JSON.stringify(value)}`);
          }
        }
      }
    };
    await check(
      Object.fromEntries(first.map(([k, r]) => [k, r.doc])) as unknown as Docs,
      Object.fromEntries(first.map(([k, r]) => [k, r.values])) as Values,
    );
    for (;;) {
      if (KEYS.every((k) => p[k].done)) break;
      const next = KEYS.map((k) => {
        const r = p[k].next();
        if (r) last.set(k, r);
        return [k, last.get(k)!] as const;
      });
      await check(
        Object.fromEntries(next.map(([k, r]) => [k, r.doc])) as unknown as Docs,
        Object.fromEntries(next.map(([k, r]) => [k, r.values])) as Values,
      );
      if (problems.length > 20) break;
    }
    console.info(`fields shown: ${TAGS.map((t) => `${t} ${shows.get(t)!.length}`).join(', ')}`);
    const fields = KEYS.reduce((n, k) => n + p[k].textFields.length, 0);
    const pairs = KEYS.reduce((n, k) => n + p[k].pairs, 0);
    const unsafe = problems.filter((m) => /handler|link/.test(m)).length;
    console.info(
      `XSS elements: ${PAYLOADS.length} payloads × ${fields} fields, ${pairs} pairs tried in ${rounds} rounds of ${TAGS.length} elements; executed ${calls.length}; unsafe links/attributes ${unsafe}`,
    );
    expect(calls, 'payloads that ran').toEqual([]);
    expect(problems).toEqual([]);
    // Every element showed some of the fields, so the checks above saw text.
    for (const tag of TAGS) expect(shows.get(tag)!.length, tag).toBeGreaterThan(0);
  }, 600_000);
});

describe('the corpus and its checks', () => {
  it('fills every text field the formats define (a new field needs a value in the fixtures)', () => {
    const p = poisoners();
    while (!KEYS.every((k) => p[k].done)) for (const k of KEYS) p[k].next();
    expect(uncovered(schemaFields(FrameworkSchema, PATTERNS), p.framework)).toEqual([]);
    expect(uncovered(schemaFields(ResponseSchema, PATTERNS), p.response)).toEqual([]);
    expect(uncovered(schemaFields(PlanSchema, PATTERNS), p.plan)).toEqual([]);
    expect(uncovered(schemaFields(FeedbackSchema, PATTERNS), p.feedback)).toEqual([]);
  });

  it('sees a payload run, and the elements, handlers and links it brings, when markup is parsed', async () => {
    // What the suite guards against, done on purpose: the same payloads set as HTML.
    const before = calls.length;
    const div = document.createElement('div');
    div.id = 'unsafe';
    document.body.append(div);
    const empty = auditPage('#unsafe');
    const pick = (start: string): number => PAYLOADS.findIndex((p) => p.startsWith(start));
    const img = pick('<img src=x onerror=');
    const link = pick('<a href="javascript:');
    const frame = pick('<iframe srcdoc="&lt;img');
    const svg = pick('<svg><a xlink:href');
    for (const n of [img, link, frame, svg]) {
      const p = document.createElement('p');
      // The unsafe sink, on purpose.
      p.innerHTML = PAYLOADS[n]!;
      div.append(p);
    }
    await new Promise((r) => setTimeout(r, 300));
    const audit = auditPage('#unsafe');
    expect(calls.splice(before).sort((a, b) => a - b)).toEqual([img, frame].sort((a, b) => a - b));
    expect(extraTags(audit, empty)).toEqual([
      'img: 2 (without payloads 0)',
      'iframe: 1 (without payloads 0)',
      'a: 2 (without payloads 0)',
      'svg: 1 (without payloads 0)',
      // The frame's own document.
      'body: 1 (without payloads 0)',
    ]);
    expect(audit.handlers).toEqual(['img[onerror]', 'img[onerror]']);
    expect(audit.links).toEqual([
      `a[href]=javascript:window.__xss(${link})`,
      `iframe[srcdoc]=<img src=x onerror=parent.__xss(${frame})>`,
      `a[xlink:href]=javascript:window.__xss(${svg})`,
    ]);
    div.remove();
  });
});

describe("the plan's CSV and Markdown files", () => {
  it('write no formula a spreadsheet would run and no Markdown link or markup, in every round', () => {
    const plans = new Poisoner(xssPlan(), (d) => parseActionPlan(d, base), {
      kinds: schemaFields(PlanSchema, PATTERNS),
    });
    const fws = new Poisoner(base, parseFramework, {
      kinds: schemaFields(FrameworkSchema, PATTERNS),
    });
    const found: string[] = [];
    let files = 0;
    for (;;) {
      const plan = plans.next();
      const fw = fws.next();
      if (!plan) break;
      for (const locale of ['en', 'ar']) {
        const ctx = { framework: fw?.doc ?? base, locale };
        const csv = planToCsv(plan.doc, ctx);
        const md = planToMarkdown(plan.doc, ctx);
        files += 2;
        found.push(...formulaCells(csv).map((c) => `CSV: ${JSON.stringify(c)}`));
        found.push(...unescapedMarkup(md).map((c) => `Markdown: ${JSON.stringify(c)}`));
      }
    }
    console.info(
      `XSS exports: ${plans.pairs} payload × plan field pairs in ${files} CSV and Markdown files; formulas and links ${found.length}`,
    );
    expect(found.slice(0, 10)).toEqual([]);
  });
});
