/**
 * What the fuzzer calls: every `parse*` function the packages export, the demo's readers of
 * files, share codes and stored records, the framework's texts loaders, and the scoring
 * engine on every framework and response the parse functions accept. Each target says what
 * it takes (any value, or what JSON can hold), which errors it throws by design, and how to
 * tell that it accepted something invalid.
 */
import { readFileSync } from 'node:fs';
import { types } from 'node:util';
import { deflateRawSync } from 'node:zlib';
import { sixPillars, sixPillarsBase } from '@dtc/framework';
import { course } from '@dtc/framework/course';
import { loadCourseTexts } from '@dtc/framework/course/texts';
import { mapping1to2 } from '@dtc/framework/migrations';
import { loadFrameworkTexts } from '@dtc/framework/texts';
import { sixPillarsV1 } from '@dtc/framework/v1';
import {
  Comparison,
  GroupResult,
  Result,
  newFeedback,
  parseActionPlan,
  parseCourse,
  parseFeedback,
  parseFramework,
  parseFrameworkMapping,
  parseFrameworkTexts,
  parseResponse,
  readDraftPlan,
  setFeedbackItem,
  type Framework,
  type FrameworkMapping,
  type ParseResult,
  type Response,
} from '@dtc/schema';
import {
  aggregateResponses,
  compareResults,
  createAggregator,
  explain,
  historyRounds,
  migrateResponse,
  responseAsOf,
  responseAtRound,
  scoreResponse,
} from '@dtc/scoring';
import { parseStoredResponse, readDrafts } from '@dtc/widgets/model';
import fc from 'fast-check';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ImportError,
  parseImport,
} from '../../apps/demo/src/exchange.js';
import {
  decodeShareCode,
  encodeShareCode,
  MAX_SHARE_BYTES,
  ShareCodeError,
} from '../../apps/demo/src/share.js';
import {
  validFramework,
  validPlan,
  validResponse,
} from '../../packages/schema/src/test-fixtures.js';
import { frameworkArb, responseArb } from '../../packages/scoring/src/testing/arbitraries.js';
import {
  build,
  describe as describeRecipe,
  heavyOf,
  recipeArb,
  shapeOf,
  type Domain,
  type Edit,
  type Recipe,
} from './shapes.js';

/** The documents inputs start from, by name, and their JSON text. */
export interface Context {
  bases: Readonly<Record<string, unknown>>;
  texts: Readonly<Record<string, string>>;
  mapping: FrameworkMapping;
}

/** One thing the fuzzer calls, with its inputs. */
export interface Target<I = unknown, P = unknown> {
  name: string;
  /** The package (or app) the function comes from. */
  from: string;
  /** Its share of the runs. */
  weight: number;
  inputs(ctx: Context): fc.Arbitrary<I>;
  /** The arguments of one call, built afresh; null when the input gives no call (nothing accepted). */
  prepare(input: I, ctx: Context): P | null;
  call(prepared: P, ctx: Context): unknown;
  /** Errors the function throws (or rejects with) by design. */
  expected?(error: unknown): boolean;
  /** What is wrong with an outcome that says the input was good, or null. */
  check?(output: unknown, prepared: P, ctx: Context): string | null;
  shape(input: I): string;
  /** The costly kinds of value in an input (see `HEAVY`): those that stop the fuzzing process twice are set aside. */
  heavy?(input: I): string[];
  /**
   * The JSON text the call decodes whole, if any: a slow call's report says how long
   * `JSON.parse` alone takes on it, which no check in the function can shorten.
   */
  decodes?(input: I, prepared: P): string | undefined;
  describe(input: I, ctx: Context): string;
}

// ---------------------------------------------------------------------------------------------
// The documents

const example = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../docs/examples/${name}`, import.meta.url), 'utf8'));

export async function loadContext(): Promise<Context> {
  const response = example('response.json') as Response;
  const mapping = parseFrameworkMapping(mapping1to2, sixPillarsV1, sixPillars);
  if (!mapping.ok) throw new Error('The bundled mapping does not parse');
  const questions = sixPillars.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));
  let feedback = newFeedback(sixPillars, 'a1');
  feedback = setFeedbackItem(
    feedback,
    questions[0]!.id,
    { kinds: ['unclear'] },
    '2026-03-25T09:30:00Z',
  );
  feedback = setFeedbackItem(
    feedback,
    questions[1]!.id,
    { kinds: [], comment: 'Which budget?' },
    '2026-03-25T09:31:00Z',
  );
  const plan = example('action-plan.json');
  const bases: Record<string, unknown> = {
    'six-pillars': sixPillars,
    'six-pillars-base': sixPillarsBase,
    'six-pillars-v1': sixPillarsV1,
    'tiny-framework': validFramework(),
    'texts-fr': await loadFrameworkTexts('fr'),
    'response-example': response,
    'response-tiny': validResponse(),
    'plan-example': plan,
    'plan-tiny': validPlan(),
    feedback,
    course,
    'course-texts-fr': await loadCourseTexts('fr'),
    mapping: mapping1to2,
    'export-file': {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: '2026-03-25T10:00:00Z',
      generator: 'dtc-demo',
      assessments: [
        {
          id: 'a1',
          label: 'Ministry',
          createdAt: '2026-03-25T09:00:00Z',
          updatedAt: '2026-03-25T10:00:00Z',
          response,
          plan,
          feedback: { questions: 4, methods: 3, usefulness: null, comment: 'Good' },
          questionFeedback: feedback,
        },
      ],
    },
    drafts: { 'digital-strategy-status:comment': 'Half typed', other: 'x' },
    'share-code': await encodeShareCode(response),
  };
  const texts = Object.fromEntries(
    Object.entries(bases).map(([name, doc]) => [name, JSON.stringify(doc)]),
  );
  return { bases, texts, mapping: mapping.value };
}

// ---------------------------------------------------------------------------------------------
// Checks of what was accepted

/**
 * Where a value accepted as valid is not plain JSON data (an object of another prototype, a
 * Proxy, an accessor, NaN, a symbol…), or null. Parsed documents are stored and sent as JSON:
 * anything else in them is lost or breaks later.
 */
export function notPlainData(value: unknown, path = '', seen = new Set<unknown>()): string | null {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value) ? null : `${path || '/'} is ${value}`;
    case 'undefined':
      return null;
    case 'object':
      break;
    default:
      return `${path || '/'} is a ${typeof value}`;
  }
  if (value === null) return null;
  if (types.isProxy(value)) return `${path || '/'} is a Proxy`;
  if (seen.has(value)) return `${path || '/'} is a cycle`;
  seen.add(value);
  const proto = Object.getPrototypeOf(value) as unknown;
  const isArray = Array.isArray(value);
  if (proto !== (isArray ? Array.prototype : Object.prototype))
    return `${path || '/'} has another prototype than a plain ${isArray ? 'array' : 'object'}`;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'symbol') return `${path || '/'} has a symbol key`;
    const d = Object.getOwnPropertyDescriptor(value, key)!;
    if (isArray && key === 'length') continue;
    if (d.get || d.set) return `${path}/${key} is a getter`;
    if (isArray && d.value === undefined) return `${path}/${key} is undefined in an array`;
    const inner = notPlainData(d.value, `${path}/${key}`, seen);
    if (inner) return inner;
  }
  if (isArray && Object.keys(value).length !== (value as unknown[]).length)
    return `${path || '/'} is a sparse array`;
  seen.delete(value);
  return null;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

/**
 * Where a value accepted as valid holds a date-time that is not on the calendar (30 February,
 * 29 February 2025, second 60), or null. Timestamps are the fields named `at` or `…At`.
 */
export function impossibleDate(
  value: unknown,
  path = '',
  seen = new Set<unknown>(),
): string | null {
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  for (const [key, inner] of Object.entries(value)) {
    const at = `${path}/${key}`;
    if (typeof inner === 'string' && (key === 'at' || key.endsWith('At'))) {
      const m = TIMESTAMP.exec(inner);
      if (!m) continue;
      const [y, mo, d, h, mi, sec] = m.slice(1).map((n) => Number(n ?? 0)) as number[];
      const date = new Date(0);
      date.setUTCFullYear(y!, mo! - 1, d!);
      date.setUTCHours(h!, mi!, sec!);
      const same =
        date.getUTCFullYear() === y &&
        date.getUTCMonth() === mo! - 1 &&
        date.getUTCDate() === d &&
        date.getUTCHours() === h &&
        date.getUTCMinutes() === mi &&
        date.getUTCSeconds() === sec;
      if (!same) return `${at} is ${JSON.stringify(inner)}, not a date on the calendar`;
    } else {
      const found = impossibleDate(inner, at, seen);
      if (found) return found;
    }
  }
  return null;
}

const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** For a parse that said ok: its value is plain data, and parses again from its JSON. */
function checkParsed(
  output: unknown,
  again: (value: unknown) => ParseResult<unknown>,
): string | null {
  const result = output as ParseResult<unknown>;
  if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean')
    return 'did not return a parse result';
  if (!result.ok) {
    if (!Array.isArray(result.issues) || result.issues.length === 0)
      return 'refused the input without an issue';
    return null;
  }
  const odd = notPlainData(result.value) ?? impossibleDate(result.value);
  if (odd) return `accepted value: ${odd}`;
  const second = again(roundTrip(result.value));
  if (!second.ok)
    return `accepted value fails a second parse: ${second.issues
      .slice(0, 3)
      .map((i) => `${i.code} at /${i.path.join('/')}`)
      .join('; ')}`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// The parse targets

interface ParseTargetSpec {
  name: string;
  from: string;
  domain: Domain;
  bases: string[];
  weight?: number;
  generated?: (ctx: Context) => fc.Arbitrary<unknown>;
  call(input: unknown, ctx: Context): unknown;
  expected?(error: unknown): boolean;
  check?(output: unknown, input: unknown, ctx: Context): string | null;
}

/** A read that said ok on JSON text whose value is itself text: it parsed twice. */
function textOfText(output: unknown, input: unknown): string | null {
  if (typeof input !== 'string' || !input.trimStart().startsWith('"')) return null;
  if (!output || typeof output !== 'object' || (output as { ok?: unknown }).ok !== true)
    return null;
  try {
    return typeof JSON.parse(input) === 'string'
      ? 'accepted JSON text whose value is text (it parsed twice)'
      : null;
  } catch {
    return null;
  }
}

function parseTarget(spec: ParseTargetSpec): Target<Recipe, { input: unknown }> {
  return {
    name: spec.name,
    from: spec.from,
    weight: spec.weight ?? 1,
    inputs: (ctx) =>
      recipeArb({
        domain: spec.domain,
        bases: spec.bases,
        texts: ctx.texts,
        generated: spec.generated?.(ctx),
      }),
    prepare: (recipe, ctx) => ({ input: build(recipe, ctx.bases) }),
    call: ({ input }, ctx) => spec.call(input, ctx),
    ...(spec.expected ? { expected: spec.expected } : {}),
    check: (output, { input }, ctx) =>
      textOfText(output, input) ?? spec.check?.(output, input, ctx) ?? null,
    shape: shapeOf,
    heavy: heavyOf,
    decodes: (_, { input }) => (typeof input === 'string' ? input : undefined),
    describe: (recipe, ctx) => describeRecipe(recipe, ctx.bases),
  };
}

const fw = (ctx: Context) => ctx.bases['six-pillars'] as Framework;
const v1 = (ctx: Context) => ctx.bases['six-pillars-v1'] as Framework;

/** Generated valid frameworks, small and large (up to some thousand questions). */
const frameworks = () =>
  fc.oneof(
    { arbitrary: frameworkArb(), weight: 3 },
    { arbitrary: frameworkArb({ maxPillars: 10, maxComponents: 8, maxQuestions: 12 }), weight: 1 },
  );

const FRAMEWORKS = ['six-pillars', 'six-pillars-base', 'six-pillars-v1', 'tiny-framework'];
const RESPONSES = ['response-example', 'response-tiny'];
const PLANS = ['plan-example', 'plan-tiny'];

const parseTargets: Target<Recipe, { input: unknown }>[] = [
  parseTarget({
    name: 'parseFramework',
    from: '@dtc/schema',
    domain: 'any',
    bases: FRAMEWORKS,
    weight: 1.5,
    generated: frameworks,
    call: (input) => parseFramework(input),
    check: (output) => checkParsed(output, (v) => parseFramework(v)),
  }),
  parseTarget({
    name: 'parseFrameworkTexts',
    from: '@dtc/schema',
    domain: 'any',
    bases: ['texts-fr', 'course-texts-fr'],
    call: (input) => parseFrameworkTexts(input),
    check: (output) => checkParsed(output, (v) => parseFrameworkTexts(v)),
  }),
  parseTarget({
    name: 'parseResponse',
    from: '@dtc/schema',
    domain: 'any',
    bases: RESPONSES,
    generated: (ctx) => responseArb(fw(ctx), { invalid: true }),
    call: (input) => parseResponse(input),
    check: (output) => checkParsed(output, (v) => parseResponse(v)),
  }),
  parseTarget({
    name: 'parseResponse+framework',
    from: '@dtc/schema',
    domain: 'any',
    bases: RESPONSES,
    weight: 1.5,
    generated: (ctx) => responseArb(fw(ctx), { invalid: true }),
    call: (input, ctx) => parseResponse(input, fw(ctx)),
    check: (output, _input, ctx) => checkParsed(output, (v) => parseResponse(v, fw(ctx))),
  }),
  parseTarget({
    name: 'parseActionPlan',
    from: '@dtc/schema',
    domain: 'any',
    bases: PLANS,
    call: (input) => parseActionPlan(input),
    check: (output) => checkParsed(output, (v) => parseActionPlan(v)),
  }),
  parseTarget({
    name: 'parseActionPlan+framework',
    from: '@dtc/schema',
    domain: 'any',
    bases: PLANS,
    call: (input, ctx) => parseActionPlan(input, fw(ctx)),
    check: (output, _input, ctx) => checkParsed(output, (v) => parseActionPlan(v, fw(ctx))),
  }),
  parseTarget({
    name: 'parseFeedback',
    from: '@dtc/schema',
    domain: 'any',
    bases: ['feedback'],
    call: (input) => parseFeedback(input),
    check: (output) => checkParsed(output, (v) => parseFeedback(v)),
  }),
  parseTarget({
    name: 'parseFeedback+framework',
    from: '@dtc/schema',
    domain: 'any',
    bases: ['feedback'],
    call: (input, ctx) => parseFeedback(input, fw(ctx)),
    check: (output, _input, ctx) => checkParsed(output, (v) => parseFeedback(v, fw(ctx))),
  }),
  parseTarget({
    name: 'parseCourse',
    from: '@dtc/schema',
    domain: 'any',
    bases: ['course'],
    call: (input) => parseCourse(input),
    check: (output) => checkParsed(output, (v) => parseCourse(v)),
  }),
  parseTarget({
    name: 'parseCourse+framework',
    from: '@dtc/schema',
    domain: 'any',
    bases: ['course'],
    call: (input, ctx) => parseCourse(input, fw(ctx)),
    check: (output, _input, ctx) => checkParsed(output, (v) => parseCourse(v, fw(ctx))),
  }),
  parseTarget({
    name: 'parseFrameworkMapping',
    from: '@dtc/schema',
    domain: 'any',
    bases: ['mapping'],
    call: (input) => parseFrameworkMapping(input),
    check: (output) => checkParsed(output, (v) => parseFrameworkMapping(v)),
  }),
  parseTarget({
    name: 'parseFrameworkMapping+frameworks',
    from: '@dtc/schema',
    domain: 'any',
    bases: ['mapping'],
    call: (input, ctx) => parseFrameworkMapping(input, v1(ctx), fw(ctx)),
    check: (output, _input, ctx) =>
      checkParsed(output, (v) => parseFrameworkMapping(v, v1(ctx), fw(ctx))),
  }),
  ...([false, true] as const).map((withFramework) =>
    parseTarget({
      name: withFramework ? 'readDraftPlan+framework' : 'readDraftPlan',
      from: '@dtc/schema',
      domain: 'any',
      bases: PLANS,
      call: (input, ctx) => (withFramework ? readDraftPlan(input, fw(ctx)) : readDraftPlan(input)),
      check: (output, _input, ctx) => {
        const read = output as ReturnType<typeof readDraftPlan>;
        if (!read.ok) return read.issues.length ? null : 'refused the input without an issue';
        const odd = notPlainData(read.plan) ?? impossibleDate(read.plan);
        if (odd) return `accepted plan: ${odd}`;
        if (read.problems.length) return null;
        const again = parseActionPlan(roundTrip(read.plan), withFramework ? fw(ctx) : undefined);
        return again.ok
          ? null
          : `plan read with no problems fails parseActionPlan: ${again.issues[0]?.code}`;
      },
    }),
  ),
  parseTarget({
    name: 'parseStoredResponse',
    from: '@dtc/widgets/model',
    domain: 'any',
    bases: RESPONSES,
    generated: (ctx) => responseArb(fw(ctx)),
    call: (input, ctx) => parseStoredResponse(input, fw(ctx)),
    check: (output) => checkParsed(output, (v) => parseResponse(v)),
  }),
  parseTarget({
    name: 'readDrafts',
    from: '@dtc/widgets/model',
    // Read from storage: JSON.
    domain: 'json',
    bases: ['drafts'],
    call: (input) => readDrafts(input),
    check: (output) => {
      const odd = notPlainData(output);
      if (odd) return `drafts: ${odd}`;
      const bad = Object.entries(output as object).find(([, v]) => typeof v !== 'string');
      return bad ? `draft ${bad[0]} is not text` : null;
    },
  }),
  parseTarget({
    name: 'demo:parseImport',
    from: 'apps/demo (exchange.ts)',
    // A file's text, or the value JSON.parse made of it.
    domain: 'json',
    bases: ['export-file', 'response-example'],
    weight: 1.5,
    call: (input, ctx) => parseImport(input, fw(ctx)),
    expected: (error) => error instanceof ImportError,
    check: (output, _input, ctx) => {
      for (const item of output as ReturnType<typeof parseImport>) {
        const date = impossibleDate(item);
        if (date) return `imported ${date}`;
        const r = parseResponse(roundTrip(item.response), fw(ctx));
        if (!r.ok) return `imported response fails parseResponse: ${r.issues[0]?.code}`;
        if (item.plan) {
          const p = parseActionPlan(roundTrip(item.plan), fw(ctx));
          if (!p.ok) return `imported plan fails parseActionPlan: ${p.issues[0]?.code}`;
        }
      }
      return null;
    },
  }),
];

// Share codes and the texts loaders take a string.
const shareCodes: Target<string, string> = {
  name: 'demo:decodeShareCode',
  from: 'apps/demo (share.ts)',
  weight: 1,
  inputs: (ctx) => {
    const code = ctx.bases['share-code'] as string;
    return fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ unit: fc.constantFrom(...'ABCxyz019-_.#'), maxLength: 200 }).map((s) => `1.${s}`),
      // A valid code changed at one place, or cut.
      fc.tuple(fc.nat(), fc.constantFrom('', 'A', '_', '-', '0', '=', ' ')).map(([at, ch]) => {
        const i = at % code.length;
        return `${code.slice(0, i)}${ch}${code.slice(i + 1)}`;
      }),
      // Codes of compressed text that grows much larger once decompressed.
      fc
        .record({
          size: fc.oneof(
            { arbitrary: fc.integer({ min: 1000, max: 1_000_000 }), weight: 3 },
            { arbitrary: fc.integer({ min: 1_000_000, max: 20_000_000 }), weight: 1 },
          ),
          ch: fc.constantFrom('x', '[', ' '),
        })
        .map(({ size, ch }) => `bomb:${ch}:${size}`),
      fc.constantFrom(
        '',
        '#',
        'https://example.org/share#',
        '1.',
        `${'1.'.repeat(1000)}`,
        `#${code}`,
      ),
    );
  },
  // The compressed code is the harness's work, not the call's.
  prepare: (input) => (input.startsWith('bomb:') ? bombCode(input) : input),
  call: (input) => decodeShareCode(input),
  expected: (error) => error instanceof ShareCodeError,
  shape: (input) => (input.startsWith('bomb:') ? 'decompression bomb' : 'code'),
  heavy: (input) =>
    input.startsWith('bomb:') && Number(input.split(':')[2]) > 1_000_000 ? ['bomb'] : [],
  // Past the cap, reading stops before any text is decoded.
  decodes: (input) => {
    const text = input.startsWith('bomb:') ? bombText(input) : undefined;
    return text !== undefined && text.length <= MAX_SHARE_BYTES ? text : undefined;
  },
  describe: (input) =>
    input.startsWith('bomb:')
      ? `a share code of ${JSON.stringify(input.split(':')[1])} × ${input.split(':')[2]} (compressed)`
      : JSON.stringify(input),
};

/** The JSON text of `bomb:<character>:<size>`: that size of it (nested lists for `[`). */
function bombText(input: string): string {
  const [, ch, n] = input.split(':');
  const size = Number(n);
  return ch === '[' ? `${'['.repeat(size / 2)}${']'.repeat(size / 2)}` : `"${ch!.repeat(size)}"`;
}

const bombs = new Map<string, string>();
/** The share code of `bomb:<character>:<size>`: its JSON text, deflated. */
function bombCode(input: string): string {
  let code = bombs.get(input);
  if (code === undefined) {
    code = `1.${deflateRawSync(bombText(input)).toString('base64url')}`;
    if (bombs.size > 50) bombs.clear();
    bombs.set(input, code);
  }
  return code;
}

function loaderTarget(
  name: string,
  load: (locale: string) => Promise<unknown>,
  check: (value: unknown) => string | null,
): Target<string, string> {
  return {
    name,
    from: '@dtc/framework',
    weight: 0.3,
    inputs: () =>
      fc.oneof(
        fc.constantFrom('fr', 'ar', 'es', 'ru', 'zh-Hans', 'en', 'FR', 'fr-FR', 'zh'),
        fc.constantFrom(...['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']),
        fc.string({ maxLength: 20 }),
        fc.integer({ min: 1, max: 5_000_000 }).map((n) => 'x'.repeat(n)),
      ),
    prepare: (input) => input,
    call: (input) => load(input),
    // Not a translation: a RangeError that says so, by design.
    expected: (error) => error instanceof RangeError,
    check: (output) => check(output),
    shape: (input) => (input.length > 100 ? 'long locale' : 'locale'),
    describe: (input) => (input.length > 100 ? `"x" × ${input.length}` : JSON.stringify(input)),
  };
}

const loaders = [
  loaderTarget('loadFrameworkTexts', loadFrameworkTexts, (v) =>
    checkParsed(parseFrameworkTexts(v), (x) => parseFrameworkTexts(x)),
  ),
  loaderTarget('loadCourseTexts', loadCourseTexts, (v) => notPlainData(v)),
];

// ---------------------------------------------------------------------------------------------
// The scoring targets: on frameworks and responses the parse functions accept

/** A framework (the bundled one, or generated), weights changed, and responses to it with edits. */
export interface ScoringCase {
  framework: 'six-pillars' | Framework;
  /** Weights set at places in the framework (pillar, component, question by choice). */
  weights: { at: number[]; weight: number }[];
  responses: { doc: Response; edits: Edit[] }[];
  /** An id for `explain`, a round for the history, a group key. */
  pick: number;
  groupBy: 'role' | 'country' | 'custom' | undefined;
}

interface Scoring {
  framework: Framework;
  responses: Response[];
  c: ScoringCase;
}

const weightArb = fc.constantFrom(
  0,
  1e-300,
  Number.MIN_VALUE,
  1e-9,
  0.5,
  1,
  3,
  100,
  1e9,
  1e300,
  Number.MAX_VALUE,
);

/** Edits for responses that keep many of them valid (answers, confidence, history), and some hostile ones. */
const responseEdit: fc.Arbitrary<Edit> = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant('set' as const),
      path: fc.tuple(fc.constant(4), fc.nat(), fc.constant(0)).map((p) => [...p]),
      leaf: fc
        .constantFrom(1, 2, 3, 4, 'na', 'dont-know', 'yes', 'no', '', 'x'.repeat(500))
        .map((v) => ({ k: 'json' as const, v })),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant('add' as const),
      path: fc.constant(4).map((at) => [at]),
      key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'),
      leaf: fc.constant({
        k: 'json' as const,
        v: { value: 3, answeredAt: '2026-03-25T09:30:00Z' },
      }),
    }),
    weight: 1,
  },
  {
    // Dates at the edges of the calendar, on an answer.
    arbitrary: fc.record({
      op: fc.constant('set' as const),
      path: fc.tuple(fc.constant(4), fc.nat(), fc.constant(1)).map((p) => [...p]),
      leaf: fc
        .constantFrom(
          '2026-02-30T10:00:00Z',
          '2025-02-29T10:00:00Z',
          '2026-03-25T23:59:60Z',
          '0000-01-01T00:00:00Z',
          '9999-12-31T23:59:59.999Z',
          '2026-03-25T09:30:00+14:00',
        )
        .map((v) => ({ k: 'json' as const, v })),
    }),
    weight: 1,
  },
);

const scoringCases = (ctx: Context): fc.Arbitrary<ScoringCase> =>
  fc
    .oneof(
      { arbitrary: fc.constant<'six-pillars'>('six-pillars'), weight: 3 },
      { arbitrary: frameworks(), weight: 2 },
    )
    .chain((framework) => {
      const f = framework === 'six-pillars' ? fw(ctx) : framework;
      return fc.record({
        framework: fc.constant(framework),
        weights: fc.array(
          fc.record({
            at: fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 3 }),
            weight: weightArb,
          }),
          { maxLength: 3 },
        ),
        responses: fc.array(
          fc.record({
            doc: responseArb(f),
            edits: fc.array(responseEdit, { maxLength: 2 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        pick: fc.nat(),
        groupBy: fc.constantFrom('role' as const, 'country' as const, 'custom' as const, undefined),
      });
    });

/** The framework of a case with its weights set; null when parseFramework refuses it. */
function frameworkOf(c: ScoringCase, ctx: Context): Framework | null {
  const base = c.framework === 'six-pillars' ? fw(ctx) : c.framework;
  if (!c.weights.length && c.framework === 'six-pillars') return base;
  const copy = structuredClone(base);
  for (const { at, weight } of c.weights) {
    const pillar = copy.pillars[at[0]! % copy.pillars.length]!;
    if (at.length === 1) pillar.weight = weight;
    else {
      const component = pillar.components[at[1]! % pillar.components.length]!;
      if (at.length === 2) component.weight = weight;
      else component.questions[at[2]! % component.questions.length]!.weight = weight;
    }
  }
  const parsed = parseFramework(copy);
  return parsed.ok ? parsed.value : null;
}

/** The case's responses that parseResponse accepts, with history built from some answers. */
function prepareScoring(c: ScoringCase, ctx: Context): Scoring | null {
  const framework = frameworkOf(c, ctx);
  if (!framework) return null;
  const responses: Response[] = [];
  for (const { doc, edits } of c.responses) {
    const candidate = build(
      { shape: 'generated', doc, edits, form: 'value' },
      ctx.bases,
    ) as Response;
    // Some history: earlier values of the answers, a round apart.
    if (candidate && typeof candidate === 'object' && candidate.answers && c.pick % 3 === 0) {
      candidate.history = Object.entries(candidate.answers).map(([questionId, answer], i) => ({
        questionId,
        answer: { ...answer, answeredAt: `2026-0${1 + (i % 2)}-1${i % 10}T09:30:00.000Z` },
        replacedAt: `2026-0${2 + (i % 2)}-0${1 + (i % 9)}T09:30:00.000Z`,
        ...(i % 2 ? { round: `Round ${i % 3}` } : {}),
      })) as Response['history'];
    }
    const parsed = parseResponse(candidate, framework);
    if (parsed.ok) responses.push(parsed.value);
  }
  return { framework, responses, c };
}

const deepFreeze = <T>(v: T): T => {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const inner of Object.values(v)) deepFreeze(inner);
  }
  return v;
};

function scoringTarget(
  name: string,
  weight: number,
  call: (s: Scoring, ctx: Context) => unknown,
  check: (output: unknown, s: Scoring, ctx: Context) => string | null,
  needs = 1,
): Target<ScoringCase, Scoring> {
  return {
    name,
    from: '@dtc/scoring',
    weight,
    inputs: scoringCases,
    prepare: (c, ctx) => {
      const s = prepareScoring(c, ctx);
      if (!s || s.responses.length < needs) return null;
      // Scoring never changes its inputs: frozen, a write would throw.
      deepFreeze(s.responses);
      return s;
    },
    call,
    check,
    shape: (c) =>
      `${c.framework === 'six-pillars' ? 'six-pillars' : 'generated framework'}${c.weights.length ? ' + weights' : ''}`,
    describe: (c) => {
      const f =
        c.framework === 'six-pillars'
          ? 'six-pillars'
          : `generated ${JSON.stringify(c.framework).slice(0, 150)}…`;
      const weights = c.weights.map((w) => `weight ${w.weight} at ${w.at.join('.')}`).join(', ');
      const responses = c.responses
        .map(({ doc, edits }) =>
          describeRecipe({ shape: 'generated', doc, edits, form: 'value' }, {}),
        )
        .join(' | ');
      return `${f}${weights ? ` (${weights})` : ''}; pick ${c.pick}; groupBy ${c.groupBy}; responses: ${responses}`;
    },
  };
}

const zodCheck =
  (
    schema: {
      safeParse(v: unknown): {
        success: boolean;
        error?: { issues: readonly { path: PropertyKey[]; message: string }[] };
      };
    },
    what: string,
  ) =>
  (output: unknown): string | null => {
    const r = schema.safeParse(output);
    if (r.success) return null;
    const issue = r.error!.issues[0]!;
    return `${what} does not match its schema: ${issue.message} at /${issue.path.map(String).join('/')}`;
  };

const groupKey = (c: ScoringCase) =>
  c.groupBy === 'custom'
    ? (r: Response, i: number) => (i % 2 ? r.respondent.role : '__proto__')
    : c.groupBy;

/** The ids `explain` takes (overall, pillars, components) and a few it does not. */
function explainIds(f: Framework): string[] {
  return [
    'overall',
    ...f.pillars.map((p) => p.id),
    ...f.pillars.flatMap((p) => p.components.map((c) => c.id)),
    '__proto__',
    'constructor',
    '',
  ];
}

const scoringTargets = [
  scoringTarget(
    'scoreResponse',
    1.5,
    ({ framework, responses }) => scoreResponse(framework, responses[0]!),
    zodCheck(Result, 'result'),
  ),
  scoringTarget(
    'aggregateResponses',
    1,
    ({ framework, responses, c }) => {
      const by = groupKey(c);
      return aggregateResponses(framework, responses, by ? { groupBy: by } : {});
    },
    zodCheck(GroupResult, 'group result'),
    0,
  ),
  scoringTarget(
    'createAggregator',
    1,
    ({ framework, responses, c }) => {
      const by = groupKey(c);
      const options = by ? { groupBy: by } : {};
      const a = createAggregator(framework, options);
      const b = createAggregator(framework, options);
      responses.forEach((r, i) => (i % 2 ? b : a).add(r));
      a.merge(b.state());
      return { result: a.result(), count: a.count };
    },
    (output, { responses }) => {
      const { result, count } = output as { result: GroupResult; count: number };
      if (count !== responses.length) return `count ${count}, not ${responses.length}`;
      return zodCheck(GroupResult, 'group result')(result);
    },
    0,
  ),
  scoringTarget(
    'compareResults',
    1,
    ({ framework, responses }) =>
      compareResults(
        scoreResponse(framework, responses[0]!),
        scoreResponse(framework, responses.at(-1)!),
      ),
    zodCheck(Comparison, 'comparison'),
  ),
  scoringTarget(
    'explain',
    1,
    ({ framework, responses, c }) => {
      const ids = explainIds(framework);
      return explain(framework, responses[0]!, ids[c.pick % ids.length]!);
    },
    (output) => {
      const e = output as ReturnType<typeof explain>;
      if (e === null || e.score === null) return null;
      const sum = e.items.reduce((s, item) => s + item.share, 0);
      return Math.abs(sum - e.score) <= 1e-9
        ? null
        : `shares add up to ${sum}, not the score ${e.score}`;
    },
  ),
  scoringTarget(
    'history',
    0.7,
    ({ responses, c }) => {
      const r = responses[0]!;
      const rounds = historyRounds(r);
      const round = rounds.length ? rounds[c.pick % rounds.length]!.round : null;
      return [
        responseAtRound(r, round),
        responseAtRound(r, null),
        responseAsOf(r, '2026-01-15T00:00:00Z'),
        responseAsOf(r, new Date(Number.NaN)),
      ];
    },
    (output, { framework }) => {
      for (const r of output as (Response | null)[]) {
        if (r === null) continue;
        const again = parseResponse(roundTrip(r), framework);
        if (!again.ok)
          return `a past response fails parseResponse: ${again.issues[0]?.code} at /${again.issues[0]?.path.join('/')}`;
      }
      return null;
    },
  ),
];

/** migrateResponse: responses to the earlier version that parseResponse accepts, carried over. */
const migration: Target<{ doc: Response; edits: Edit[] }[], Response[]> = {
  name: 'migrateResponse',
  from: '@dtc/scoring',
  weight: 1,
  inputs: (ctx) =>
    fc.array(
      fc.record({ doc: responseArb(v1(ctx)), edits: fc.array(responseEdit, { maxLength: 2 }) }),
      { minLength: 1, maxLength: 3 },
    ),
  prepare: (list, ctx) => {
    const accepted = list
      .map(({ doc, edits }) =>
        parseResponse(build({ shape: 'generated', doc, edits, form: 'value' }, ctx.bases), v1(ctx)),
      )
      .flatMap((p) => (p.ok ? [deepFreeze(p.value)] : []));
    return accepted.length ? accepted : null;
  },
  call: (responses, ctx) =>
    responses.map((r) =>
      migrateResponse(r, ctx.mapping, v1(ctx), fw(ctx), '2026-03-25T10:00:00.000Z'),
    ),
  check: (output, _responses, ctx) => {
    for (const out of output as ReturnType<typeof migrateResponse>[]) {
      if (!out.ok) return `refused a response the mapping names: ${out.issues[0]?.code}`;
      const again = parseResponse(roundTrip(out.response), fw(ctx));
      if (!again.ok)
        return `migrated response fails parseResponse: ${again.issues[0]?.code} at /${again.issues[0]?.path.join('/')}`;
    }
    return null;
  },
  shape: () => 'responses to version 1',
  describe: (list) =>
    list
      .map(({ doc, edits }) =>
        describeRecipe({ shape: 'generated', doc, edits, form: 'value' }, {}),
      )
      .join(' | '),
};

/** The bulk path reads files without validating them: JSON responses of any shape. */
const unvalidated: Target<Recipe, unknown> = {
  name: 'createAggregator:unvalidated',
  from: '@dtc/scoring',
  weight: 1,
  inputs: (ctx) =>
    recipeArb({
      domain: 'json',
      bases: ['response-example'],
      texts: ctx.texts,
      generated: responseArb(fw(ctx), { invalid: true }),
    }).filter((r) => r.shape !== 'text'),
  prepare: (recipe, ctx) => {
    const value = build({ ...recipe, form: 'value' } as Recipe, ctx.bases);
    return typeof value === 'string' ? null : value;
  },
  call: (response, ctx) => {
    const a = createAggregator(fw(ctx), { groupBy: 'country' });
    a.add(response as Response);
    return a.result();
  },
  // A value that is not an object is refused with this error; any object is read.
  expected: (error) =>
    error instanceof TypeError && error.message.startsWith('createAggregator: add() takes'),
  check: zodCheck(GroupResult, 'group result'),
  shape: shapeOf,
  heavy: heavyOf,
  describe: (recipe, ctx) => describeRecipe(recipe, ctx.bases),
};

/** Every target, in the order a run takes them. */
export const TARGETS: Target<never, never>[] = [
  ...parseTargets,
  shareCodes,
  ...loaders,
  ...scoringTargets,
  migration,
  unvalidated,
] as unknown as Target<never, never>[];

/** The target named `name` (the whole name, or a unique part of it). */
export function targetNamed(name: string): Target<never, never>[] {
  const exact = TARGETS.filter((t) => t.name === name);
  return exact.length ? exact : TARGETS.filter((t) => t.name.includes(name));
}
