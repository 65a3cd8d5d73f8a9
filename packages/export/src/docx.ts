/**
 * The plan as a Word document (.docx), written with the `docx` library: real headings
 * (Title, Heading 1–3) and tables that a ministry edits as its own document. `docx` is
 * loaded when the first document is made, not when this module is imported.
 */
import {
  HORIZONS,
  actionFunding,
  costTotal,
  planBudget,
  type ActionPlan,
  type CurrencyTotals,
  type PlanAction,
} from '@dtc/schema';
import { direction, formatScore, type MessageKey } from '@dtc/i18n';
import {
  actionsOfPillar,
  loadWords,
  pillarOrder,
  type PlanFileInput,
  type Words,
} from './words.js';
import type * as Docx from 'docx';

/** The width and height of a PNG file, read from its header; `null` if it is not a PNG. */
export function pngSize(png: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((b, i) => png[i] !== b)) return null;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The widest the radar is drawn on the page, in pixels (about 12.5 cm). */
const RADAR_WIDTH = 470;

/**
 * The plan as a Word document, in `input.locale`: title, country and period, the scores
 * summary (with the radar when given), the priorities, the plan by pillar and by horizon, the
 * cost and funding tables, the indicators and the milestones. Every total comes from
 * `planBudget` and `actionFunding` of `@dtc/schema`. Resolves to the bytes of the .docx file;
 * in a browser, `new Blob([bytes], { type: DOCX_TYPE })` downloads it.
 */
export async function planToDocx(input: PlanFileInput): Promise<Uint8Array<ArrayBuffer>> {
  const [docx, w] = await Promise.all([import('docx'), loadWords(input)]);
  const { plan } = input;
  const { Document, Packer, Paragraph, HeadingLevel, Table, TableRow, TableCell, TextRun } = docx;
  const { WidthType, ImageRun, AlignmentType } = docx;
  type Block = Docx.Paragraph | Docx.Table;

  // Right to left (Arabic): every paragraph reads from the right (`w:bidi`), every run is
  // right-to-left text (`w:rtl`), and tables put their first column on the right
  // (`w:bidiVisual`). START and END then mean right and left. Left to right, none is written.
  const rtl = w.dir === 'rtl';
  const run = (content: string, bold?: boolean): Docx.TextRun =>
    new TextRun({
      text: content,
      ...(bold !== undefined && { bold }),
      ...(rtl && { rightToLeft: true }),
    });
  const paragraph = (
    children: Docx.ParagraphChild[],
    options: Omit<Docx.IParagraphOptions, 'text' | 'children' | 'bidirectional'> = {},
  ): Docx.Paragraph => new Paragraph({ ...options, ...(rtl && { bidirectional: true }), children });

  const heading = (level: 1 | 2 | 3, content: string): Docx.Paragraph =>
    paragraph([run(content)], {
      heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][level - 1],
    });
  const para = (content: string): Docx.Paragraph => paragraph([run(content)]);
  const bullet = (content: string): Docx.Paragraph =>
    paragraph([run(content)], { bullet: { level: 0 } });
  /** A table with a header row (repeated on each page); `numeric` columns are aligned to the end. */
  const table = (header: string[], rows: string[][], numeric: number[] = []): Docx.Table => {
    const cell = (value: string, i: number, bold: boolean): Docx.TableCell =>
      new TableCell({
        children: [
          paragraph([run(value, bold)], {
            alignment: numeric.includes(i) ? AlignmentType.END : AlignmentType.START,
          }),
        ],
      });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      ...(rtl && { visuallyRightToLeft: true }),
      rows: [
        new TableRow({ tableHeader: true, children: header.map((h, i) => cell(h, i, true)) }),
        ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, i, false)) })),
      ],
    });
  };

  const blocks: Block[] = [];
  blocks.push(paragraph([run(w.title(plan))], { heading: HeadingLevel.TITLE }));
  const country = w.country(plan, input.countryName);
  if (country) blocks.push(para(w.t('export.document.country', { country })));
  if (plan.period) {
    const { from, to } = plan.period;
    blocks.push(para(w.t('export.document.period', { from: String(from), to: String(to) })));
  }
  blocks.push(
    para(
      w.t('export.document.framework', {
        name: w.tx(input.framework.title),
        version: input.framework.version,
      }),
    ),
  );
  if (plan.updatedAt)
    blocks.push(para(w.t('export.document.updated', { date: w.date(plan.updatedAt) })));

  blocks.push(...scores(input, w, { heading, para, table }));
  if (input.radarPng) {
    const size = pngSize(input.radarPng);
    if (size) {
      const scale = Math.min(1, RADAR_WIDTH / size.width);
      const alt = w.t('export.scores.radar');
      blocks.push(
        paragraph(
          [
            new ImageRun({
              type: 'png',
              data: input.radarPng,
              transformation: {
                width: Math.round(size.width * scale),
                height: Math.round(size.height * scale),
              },
              altText: { name: alt, title: alt, description: alt },
            }),
          ],
          { alignment: AlignmentType.CENTER },
        ),
      );
    }
  }

  if (plan.team.length) {
    blocks.push(heading(1, w.t('export.team.title')));
    blocks.push(
      table(
        (['name', 'role', 'post', 'organisation'] as const).map((c) => w.t(`export.column.${c}`)),
        plan.team.map((m) => [
          m.name,
          w.t(`assessment.role.${m.role}`),
          m.title ?? '',
          m.organisation ?? '',
        ]),
      ),
    );
  }

  // Priorities: the three overall, then one per pillar.
  blocks.push(heading(1, w.t('export.priorities.title')));
  blocks.push(heading(2, w.t('export.priorities.overall')));
  if (!plan.priorities.length) blocks.push(para(w.t('export.priorities.none')));
  plan.priorities.forEach((id, i) => {
    const pillar = w.pillarOf(id);
    blocks.push(
      para(
        w.t('export.priorities.item', {
          n: i + 1,
          name: w.component(id),
          pillar: pillar ? w.pillar(pillar) : '',
        }),
      ),
    );
  });
  const perPillar = pillarOrder(w, plan).filter((p) => plan.pillarPriorities[p]);
  if (perPillar.length) {
    blocks.push(heading(2, w.t('export.priorities.perPillar')));
    blocks.push(
      table(
        [w.t('export.column.pillar'), w.t('export.column.component')],
        perPillar.map((p) => [w.pillar(p), w.component(plan.pillarPriorities[p]!)]),
      ),
    );
  }

  // The plan by pillar: each action in full.
  blocks.push(heading(1, w.t('export.byPillar.title')));
  for (const pillar of pillarOrder(w, plan)) {
    blocks.push(heading(2, w.pillar(pillar)));
    const actions = actionsOfPillar(plan, pillar);
    if (!actions.length) blocks.push(para(w.t('export.byPillar.none')));
    for (const action of actions) {
      blocks.push(heading(3, action.title));
      for (const line of actionLines(plan, action, w)) blocks.push(bullet(line));
    }
  }

  // The plan by horizon: one table per horizon.
  blocks.push(heading(1, w.t('export.byHorizon.title')));
  for (const horizon of HORIZONS) {
    blocks.push(heading(2, w.horizon(horizon)));
    const actions = plan.actions.filter((a) => a.horizon === horizon);
    if (!actions.length) {
      blocks.push(para(w.t('export.byHorizon.none')));
      continue;
    }
    blocks.push(
      table(
        (['action', 'pillar', 'lead', 'status', 'cost', 'currency'] as const).map((c) =>
          w.t(`export.column.${c}`),
        ),
        actions.map((a) => [
          a.title,
          w.pillar(a.pillar),
          a.lead ?? a.owner,
          w.status(a.status),
          a.cost ? w.amount(costTotal(a.cost)) : '',
          a.cost?.currency ?? '',
        ]),
        [4],
      ),
    );
  }

  blocks.push(...costs(plan, w, { heading, para, table }));

  // Indicators and milestones of every action.
  blocks.push(heading(1, w.t('export.indicators.title')));
  const indicators = plan.actions.flatMap((a) => a.indicators.map((i) => ({ a, i })));
  if (!indicators.length) blocks.push(para(w.t('export.indicators.none')));
  else {
    const measure = (m: { value: number; year: number } | undefined): string =>
      m ? w.t('export.measure', { value: w.number(m.value), year: String(m.year) }) : '';
    blocks.push(
      table(
        (['action', 'indicator', 'unit', 'baseline', 'target', 'source', 'moves'] as const).map(
          (c) => w.t(`export.column.${c}`),
        ),
        indicators.map(({ a, i }) => [
          a.title,
          i.name,
          i.unit,
          measure(i.baseline),
          measure(i.target),
          i.source ?? '',
          w.moves(i),
        ]),
      ),
    );
  }

  blocks.push(heading(1, w.t('export.milestones.title')));
  const milestones = plan.actions
    .flatMap((a) => a.milestones.map((m) => ({ a, m })))
    .sort((x, y) => x.m.year - y.m.year || x.m.quarter - y.m.quarter);
  if (!milestones.length) blocks.push(para(w.t('export.milestones.none')));
  else
    blocks.push(
      table(
        (['when', 'milestone', 'action', 'done'] as const).map((c) => w.t(`export.column.${c}`)),
        milestones.map(({ a, m }) => [
          w.t('export.milestones.when', { quarter: String(m.quarter), year: String(m.year) }),
          m.what,
          a.title,
          w.yesNo(m.done),
        ]),
      ),
    );

  const document = new Document({
    title: w.title(plan),
    description: w.t('export.document.framework', {
      name: w.tx(input.framework.title),
      version: input.framework.version,
    }),
    // No font is named: Word takes the theme's, with its fonts for Arabic and Chinese text.
    styles: { default: { document: { run: { language: wordLanguage(w.locale) } } } },
    sections: [{ children: blocks }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/**
 * The languages Word marks the text with (`w:lang`): the file's language, and for a language
 * written in a complex script (Arabic) or an East Asian one (Chinese) that language with its
 * likely region as well (`ar-EG`, `zh-CN`), the form Word's proofing tools know, for the text
 * in that script (`w:bidi`, `w:eastAsia`).
 */
export function wordLanguage(locale: string): {
  value: string;
  bidirectional?: string;
  eastAsia?: string;
} {
  let tag = locale;
  let script = '';
  try {
    const likely = new Intl.Locale(locale).maximize();
    tag = likely.region ? `${likely.language}-${likely.region}` : likely.language;
    script = likely.script ?? '';
  } catch {
    // Not a tag Intl knows: the file's language alone.
  }
  if (direction(locale) === 'rtl') return { value: locale, bidirectional: tag };
  if (EAST_ASIAN_SCRIPTS.has(script)) return { value: locale, eastAsia: tag };
  return { value: locale };
}

/** Scripts Word lays out as East Asian text (its `eastAsia` fonts and language). */
const EAST_ASIAN_SCRIPTS = new Set([
  'Hans',
  'Hant',
  'Hani',
  'Jpan',
  'Kore',
  'Hira',
  'Kana',
  'Hang',
]);

/** The MIME type of a .docx file. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface Builders {
  heading(level: 1 | 2 | 3, content: string): Docx.Paragraph;
  para(content: string): Docx.Paragraph;
  table(header: string[], rows: string[][], numeric?: number[]): Docx.Table;
}

/** The scores summary: overall and per pillar, as the caller's result gives them. */
function scores(input: PlanFileInput, w: Words, b: Builders): (Docx.Paragraph | Docx.Table)[] {
  const { result } = input;
  if (!result) return [];
  const score = (s: number | null): string =>
    s === null ? w.t('common.notScored') : formatScore(w.locale, s);
  return [
    b.heading(1, w.t('export.scores.title')),
    b.para(w.t('export.scores.intro')),
    b.table(
      [w.t('export.column.pillar'), w.t('export.column.score'), w.t('export.column.level')],
      [
        [w.t('export.scores.overall'), score(result.overall.score), w.level(result.overall.level)],
        ...result.pillars.map((p) => [w.pillar(p.id), score(p.score), w.level(p.level)]),
      ],
      [1],
    ),
  ];
}

/** The lines that describe one action in full. */
function actionLines(plan: ActionPlan, a: PlanAction, w: Words): string[] {
  const lines: string[] = [];
  const add = (label: MessageKey, value: string | undefined): void => {
    if (value?.trim()) lines.push(w.field(label, value));
  };
  add('export.action.priority', w.component(a.priority));
  add('export.action.horizon', w.horizon(a.horizon));
  add('export.action.status', w.status(a.status));
  add('export.action.lead', a.lead);
  add('export.action.owner', a.owner);
  add(
    'export.action.partners',
    w.list(
      a.partners.map((p) =>
        w.t('export.action.partner', { name: p.name, role: w.t(`export.partnerRole.${p.role}`) }),
      ),
    ),
  );
  add('export.action.targetLevel', w.level(a.targetLevel));
  add('export.action.outcome', w.outcome(a.outcome));
  if (a.cost) {
    add(
      'export.action.cost',
      w.t('export.action.costValue', {
        amount: w.amount(a.cost.amount),
        currency: a.cost.currency,
        kind: w.kind(a.cost.kind),
        from: String(a.cost.years.from),
        to: String(a.cost.years.to),
        budgeted: w.t(a.cost.budgeted ? 'export.budgeted.yes' : 'export.budgeted.no'),
      }),
    );
  }
  add(
    'export.action.funding',
    w.list(
      a.funding.map((f) =>
        w.t('export.action.fundingLine', {
          source: w.source(f.source),
          amount:
            f.amount !== undefined
              ? a.cost
                ? w.money(f.amount, a.cost.currency)
                : w.amount(f.amount)
              : w.t('export.action.share', { share: (f.share ?? 0) / 100 }),
          status: w.t(`export.fundingStatus.${f.status}`),
        }),
      ),
    ),
  );
  add('export.action.dependsOn', w.list(a.dependsOn.map((id) => w.actionTitle(plan, id))));
  add('export.action.objective', a.alignment?.objective);
  add('export.action.budgetLine', a.alignment?.budgetLine);
  add('export.action.risks', a.risks);
  add('export.action.notes', a.notes);
  return lines;
}

/** The cost and funding tables, one set per currency, from `planBudget` and `actionFunding`. */
function costs(plan: ActionPlan, w: Words, b: Builders): (Docx.Paragraph | Docx.Table)[] {
  const out: (Docx.Paragraph | Docx.Table)[] = [b.heading(1, w.t('export.costs.title'))];
  const budget = planBudget(plan);
  // The plan's own currency is listed even with no cost in it: its tables would be empty.
  const currencies = budget.currencies.filter((t) => t.actions > 0);
  if (!currencies.length) {
    out.push(b.para(w.t('export.costs.none')));
    return out;
  }
  out.push(b.para(w.t('export.costs.note')));
  const amountTable = (
    t: CurrencyTotals,
    first: MessageKey,
    rows: [string, number][],
  ): Docx.Table =>
    b.table(
      [w.t(first), w.t('export.column.amount', { currency: t.currency })],
      [...rows.map(([k, v]) => [k, w.amount(v)]), [w.t('export.column.total'), w.amount(t.total)]],
      [1],
    );
  for (const t of currencies) {
    out.push(b.heading(2, w.t('export.costs.currency', { currency: t.currency })));
    out.push(b.heading(3, w.t('export.costs.byYear')));
    out.push(
      amountTable(
        t,
        'export.column.year',
        [...t.byYear].map(([year, v]) => [String(year), v]),
      ),
    );
    out.push(b.heading(3, w.t('export.costs.byPillar')));
    out.push(
      amountTable(
        t,
        'export.column.pillar',
        pillarOrder(w, plan)
          .filter((p) => t.byPillar.has(p))
          .map((p) => [w.pillar(p), t.byPillar.get(p)!]),
      ),
    );
    out.push(b.heading(3, w.t('export.costs.byHorizon')));
    out.push(
      amountTable(
        t,
        'export.column.horizon',
        [...t.byHorizon].map(([h, v]) => [w.horizon(h), v]),
      ),
    );
    out.push(b.heading(3, w.t('export.costs.byKind')));
    out.push(
      amountTable(
        t,
        'export.column.kind',
        [...t.byKind].map(([k, v]) => [w.kind(k), v]),
      ),
    );
    out.push(b.heading(3, w.t('export.costs.funding')));
    out.push(
      b.table(
        ['', w.t('export.column.amount', { currency: t.currency })],
        (
          [
            ['export.costs.total', t.total],
            ['export.costs.budgeted', t.budgeted],
            ['export.costs.secured', t.secured],
            ['export.costs.requested', t.requested],
            ['export.costs.gap', t.gap],
          ] as const
        ).map(([k, v]) => [w.t(k), w.amount(v)]),
        [1],
      ),
    );
  }
  out.push(b.heading(2, w.t('export.costs.perAction')));
  const funded = plan.actions
    .filter((a) => a.status !== 'dropped')
    .flatMap((a) => {
      const f = actionFunding(a);
      return f ? [{ a, f }] : [];
    });
  out.push(
    b.table(
      (['action', 'currency', 'cost', 'secured', 'requested', 'gap'] as const).map((c) =>
        w.t(`export.column.${c}`),
      ),
      funded.map(({ a, f }) => [
        a.title,
        f.currency,
        w.amount(f.total),
        w.amount(f.secured),
        w.amount(f.requested),
        w.amount(f.gap),
      ]),
      [2, 3, 4, 5],
    ),
  );
  if (budget.uncosted.length) {
    out.push(
      b.para(
        w.t('export.costs.uncosted', {
          actions: w.list(budget.uncosted.map((id) => w.actionTitle(plan, id))),
        }),
      ),
    );
  }
  return out;
}
