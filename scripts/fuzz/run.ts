/**
 * Runs one target's inputs through fast-check (seeded, one run after the other) and records
 * what went wrong: a throw (other than the errors it throws by design), a call over
 * `SLOW_MS`, a change to a built-in prototype, an invalid document accepted. Then, for each
 * distinct finding, fast-check shrinks its input to a smaller one that still shows it.
 */
import { readSync, writeSync } from 'node:fs';
import fc from 'fast-check';
import { TARGETS, type Context, type Target } from './targets.js';

/** A call taking longer is a finding (confirmed by two more calls on the same input). */
export const SLOW_MS = 100;
/** Shrinking one finding stops after this long, with the smallest input found so far. */
export const SHRINK_MS = 10_000;

export type Kind = 'throw' | 'slow' | 'prototype' | 'invalid';

/** One distinct finding: the first input that showed it, and how many inputs did. */
export interface Finding {
  target: string;
  kind: Kind;
  /** What happened, normalised (numbers, paths) so that repeats group together. */
  signature: string;
  /** What happened the first time, in full. */
  detail: string;
  /** The kinds of input that showed it (first few). */
  shapes: string[];
  count: number;
  seed: number;
  /** The fast-check path of the first input (its run index), to replay it. */
  path: string;
  /** The first input, described. */
  input: string;
  ms?: number;
  /** The fuzzing process was stopped on this input (a call too long, out of memory, a crash). */
  stopped?: boolean;
  /** The input after shrinking, and its path. */
  shrunk?: { input: string; path: string; detail: string; ms?: number };
}

export interface TargetReport {
  target: string;
  from: string;
  /** Inputs generated, calls made (inputs that gave a call), and calls per kind of finding. */
  runs: number;
  calls: number;
  /** Inputs not called: of a heavy kind that stopped the fuzzing process twice already (`setAside`). */
  skipped: number;
  setAside: string[];
  throws: number;
  slow: number;
  prototype: number;
  invalid: number;
  maxMs: number;
  totalMs: number;
  findings: Finding[];
}

export const PHASE = { idle: 0, building: 1, calling: 2, checking: 3, shrinking: 4 } as const;
export const COUNTS = [
  'runs',
  'calls',
  'skipped',
  'throws',
  'slow',
  'prototype',
  'invalid',
] as const;
const INTS = 2 + COUNTS.length;
const COUNT_AT = (name: (typeof COUNTS)[number]) => 2 + COUNTS.indexOf(name);
const TIMES_AT = 8 * Math.ceil((INTS * 4) / 8);

/**
 * Where the fuzzing process is and what it counted, written to a small file at every step
 * (synchronously: a call that never returns or kills the process has written it before), so
 * that the main process can stop a call that never ends and keep the counts of a process that
 * crashed.
 */
export class Position {
  readonly bytes: Buffer;
  /** Run index, phase, then the counts: runs, calls, skipped, throws, slow, prototype, invalid. */
  readonly ints: Int32Array;
  /** When the current phase started (ms since the epoch), the longest call, all calls (ms). */
  readonly times: Float64Array;

  constructor(private readonly fd?: number) {
    const buffer = new ArrayBuffer(TIMES_AT + 3 * 8);
    this.bytes = Buffer.from(buffer);
    this.ints = new Int32Array(buffer, 0, INTS);
    this.times = new Float64Array(buffer, TIMES_AT, 3);
  }

  flush(): void {
    if (this.fd !== undefined) writeSync(this.fd, this.bytes, 0, this.bytes.length, 0);
  }

  /** Reads what the fuzzing process last wrote to `fd`. */
  read(fd: number): this {
    this.bytes.fill(0);
    readSync(fd, this.bytes, 0, this.bytes.length, 0);
    return this;
  }
}

function mark(position: Position | undefined, phase: number): void {
  if (!position) return;
  position.times[0] = Date.now();
  position.ints[1] = phase;
  position.flush();
}

/** The counts of a position, as a report holds them. */
export function countsOf(
  position: Position,
): Pick<TargetReport, (typeof COUNTS)[number] | 'maxMs' | 'totalMs'> {
  const at = (name: (typeof COUNTS)[number]) => position.ints[COUNT_AT(name)]!;
  return {
    runs: at('runs'),
    calls: at('calls'),
    skipped: at('skipped'),
    throws: at('throws'),
    slow: at('slow'),
    prototype: at('prototype'),
    invalid: at('invalid'),
    maxMs: position.times[1]!,
    totalMs: position.times[2]!,
  };
}

// ---------------------------------------------------------------------------------------------
// Built-in prototypes, watched around every call

const WATCHED: [string, object][] = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Boolean.prototype', Boolean.prototype],
  ['Symbol.prototype', Symbol.prototype],
  ['BigInt.prototype', BigInt.prototype],
  ['Date.prototype', Date.prototype],
  ['RegExp.prototype', RegExp.prototype],
  ['Map.prototype', Map.prototype],
  ['Set.prototype', Set.prototype],
  ['Promise.prototype', Promise.prototype],
  ['Error.prototype', Error.prototype],
  ['Object', Object],
  ['Array', Array],
  ['JSON', JSON],
];

interface Snapshot {
  entries: {
    name: string;
    object: object;
    proto: unknown;
    extensible: boolean;
    props: Map<string | symbol, PropertyDescriptor>;
  }[];
}

export function snapshot(): Snapshot {
  return {
    entries: WATCHED.map(([name, object]) => ({
      name,
      object,
      proto: Object.getPrototypeOf(object),
      extensible: Object.isExtensible(object),
      props: new Map(
        Reflect.ownKeys(object).map((k) => [k, Object.getOwnPropertyDescriptor(object, k)!]),
      ),
    })),
  };
}

const sameDescriptor = (a: PropertyDescriptor, b: PropertyDescriptor): boolean =>
  Object.is(a.value, b.value) &&
  a.get === b.get &&
  a.set === b.set &&
  a.writable === b.writable &&
  a.enumerable === b.enumerable &&
  a.configurable === b.configurable;

/** What changed since `snap`, put back as it was; null when nothing did. */
export function changesSince(snap: Snapshot): string | null {
  const changes: string[] = [];
  for (const entry of snap.entries) {
    const { name, object, props } = entry;
    if (Object.getPrototypeOf(object) !== entry.proto) {
      changes.push(`${name} has another prototype`);
      Object.setPrototypeOf(object, entry.proto as object | null);
    }
    if (Object.isExtensible(object) !== entry.extensible)
      changes.push(`${name} was made non-extensible`);
    const keys = Reflect.ownKeys(object);
    if (
      keys.length === props.size &&
      keys.every((k) => {
        const before = props.get(k);
        return (
          before !== undefined &&
          sameDescriptor(before, Object.getOwnPropertyDescriptor(object, k)!)
        );
      })
    )
      continue;
    for (const key of keys) {
      const before = props.get(key);
      const now = Object.getOwnPropertyDescriptor(object, key)!;
      if (!before) {
        changes.push(`${name}.${String(key)} added`);
        Reflect.deleteProperty(object, key);
      } else if (!sameDescriptor(before, now)) {
        changes.push(`${name}.${String(key)} changed`);
        Reflect.defineProperty(object, key, before);
      }
    }
    for (const [key, before] of props) {
      if (!keys.includes(key)) {
        changes.push(`${name}.${String(key)} deleted`);
        Reflect.defineProperty(object, key, before);
      }
    }
  }
  return changes.length ? changes.join('; ') : null;
}

// ---------------------------------------------------------------------------------------------
// One call

/** What happened on one input. */
export interface Outcome {
  call: boolean;
  kind?: Kind;
  signature?: string;
  detail?: string;
  ms: number;
}

const normalise = (text: string): string =>
  text
    .replace(/"[^"]*"/g, '"…"')
    .replace(/(\/[^\s/:;,]+)+/g, '/…')
    .replace(/\d+(\.\d+)?(e[+-]?\d+)?/gi, 'N')
    .slice(0, 160);

export function errorText(error: unknown): string {
  try {
    if (error instanceof Error) return `${error.name}: ${error.message}`;
    return `${typeof error}: ${String(error)}`;
  } catch {
    return 'an error that cannot be read';
  }
}

/** How long `JSON.parse` takes on `text`, the fastest of 3 (text that is not JSON included). */
function decodeMs(text: string): number {
  let fastest = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    try {
      JSON.parse(text);
    } catch {
      // Its time until the error is what the call spends on it too.
    }
    fastest = Math.min(fastest, performance.now() - start);
  }
  return Math.round(fastest);
}

/** Times one call; the caller prepares its arguments. */
async function timed(
  target: Target<unknown, unknown>,
  prepared: unknown,
  ctx: Context,
  position: Position | undefined,
): Promise<{ ms: number; output?: unknown; error?: unknown; threw: boolean }> {
  mark(position, PHASE.calling);
  const start = performance.now();
  let output: unknown;
  let error: unknown;
  let threw = false;
  try {
    output = target.call(prepared, ctx);
    // Only targets that are async by nature return a promise (share codes, loaders).
    if (output instanceof Promise) output = await output;
  } catch (e) {
    threw = true;
    error = e;
  }
  const ms = performance.now() - start;
  mark(position, PHASE.checking);
  return { ms, output, error, threw };
}

export async function runOne(
  target: Target<unknown, unknown>,
  input: unknown,
  ctx: Context,
  snap: Snapshot,
  position?: Position,
  slowMs = SLOW_MS,
): Promise<Outcome> {
  mark(position, PHASE.building);
  let prepared: unknown;
  try {
    prepared = target.prepare(input, ctx);
  } catch {
    // An input the harness cannot build (a hostile edit on a hostile value): no call.
    return { call: false, ms: 0 };
  }
  if (prepared === null) return { call: false, ms: 0 };
  const first = await timed(target, prepared, ctx, position);
  const changed = changesSince(snap);
  if (changed)
    return {
      call: true,
      kind: 'prototype',
      signature: normalise(changed),
      detail: changed,
      ms: first.ms,
    };
  if (first.threw && !target.expected?.(first.error)) {
    const text = errorText(first.error);
    const stack =
      first.error instanceof Error
        ? first.error.stack?.split('\n').slice(1, 4).join(' ← ')
        : undefined;
    return {
      call: true,
      kind: 'throw',
      signature: normalise(text),
      detail: stack ? `${text} (${stack.trim().replace(/\s+/g, ' ')})` : text,
      ms: first.ms,
    };
  }
  if (!first.threw && target.check) {
    let problem: string | null;
    try {
      problem = target.check(first.output, prepared, ctx);
    } catch (e) {
      problem = `its output cannot be read: ${errorText(e)}`;
    }
    if (problem)
      return {
        call: true,
        kind: 'invalid',
        signature: normalise(problem),
        detail: problem,
        ms: first.ms,
      };
  }
  if (first.ms > slowMs) {
    // Confirmed by two more calls on the same input (a pause of the machine is not a finding).
    let ms = first.ms;
    for (let i = 0; i < 2 && ms > slowMs; i++) {
      let again: unknown;
      try {
        again = target.prepare(input, ctx);
      } catch {
        break;
      }
      ms = Math.min(ms, (await timed(target, again, ctx, position)).ms);
      changesSince(snap);
    }
    if (ms > slowMs) {
      const text = target.decodes?.(input as never, prepared as never);
      const decoding = text === undefined ? '' : `; JSON.parse alone: ${decodeMs(text)} ms`;
      return {
        call: true,
        kind: 'slow',
        // Grouped by the costly kinds of value in the input (or its kind when none).
        signature: target.heavy?.(input as never).join(', ') || target.shape(input as never),
        detail: `took ${Math.round(ms)} ms (the fastest of 3 calls${decoding})`,
        ms,
      };
    }
    return { call: true, ms };
  }
  return { call: true, ms: first.ms };
}

// ---------------------------------------------------------------------------------------------
// One target

export interface RunRequest {
  target: string;
  seed: number;
  /** Inputs to run, from run index `from`. */
  runs: number;
  from: number;
  /** A whole fast-check path to replay (a shrunk input): one run, exactly that input. */
  path?: string;
  /** Heavy kinds of value not to call the target with (they stopped the fuzzing process twice). */
  skip?: string[];
  slowMs?: number;
}

/** What a run tells as it goes: a new finding, or another input showing a known one. */
export interface RunEvents {
  finding(finding: Finding): void;
  repeat(key: string, shape: string): void;
}

export const keyOf = (f: Pick<Finding, 'target' | 'kind' | 'signature'>): string =>
  `${f.target}|${f.kind}|${f.signature}`;

function targetNamed(name: string): Target<unknown, unknown> {
  const target = TARGETS.find((t) => t.name === name) as Target<unknown, unknown> | undefined;
  if (!target) throw new Error(`No target ${name}`);
  return target;
}

const arbitraries = new Map<string, fc.Arbitrary<unknown>>();
function inputsOf(target: Target<unknown, unknown>, ctx: Context): fc.Arbitrary<unknown> {
  let arb = arbitraries.get(target.name);
  if (!arb) arbitraries.set(target.name, (arb = target.inputs(ctx)));
  return arb;
}

/**
 * Runs `request.runs` inputs of a target from run index `request.from` (fast-check's path),
 * counting into `position` and telling `events` of each finding.
 */
export async function runTarget(
  request: RunRequest,
  ctx: Context,
  position: Position,
  events: RunEvents,
): Promise<void> {
  const target = targetNamed(request.target);
  const arb = inputsOf(target, ctx);
  const slowMs = request.slowMs ?? SLOW_MS;
  position.ints.fill(0);
  position.times.fill(0);
  const count = (name: (typeof COUNTS)[number]) => position.ints[COUNT_AT(name)]!++;
  const known = new Set<string>();
  const snap = snapshot();
  let index = request.from;
  await fc.check(
    fc.asyncProperty(arb, async (input) => {
      const at = index++;
      Atomics.store(position.ints, 0, at);
      count('runs');
      if (
        request.skip?.length &&
        target.heavy?.(input as never).some((k) => request.skip!.includes(k))
      ) {
        count('skipped');
        return true;
      }
      const outcome = await runOne(target, input, ctx, snap, position, slowMs);
      if (outcome.call) {
        count('calls');
        position.times[1] = Math.max(position.times[1]!, outcome.ms);
        position.times[2] = position.times[2]! + outcome.ms;
        if (outcome.kind) count(outcome.kind === 'throw' ? 'throws' : outcome.kind);
      }
      mark(position, PHASE.idle);
      if (!outcome.kind) return true;
      const shape = target.shape(input as never);
      const key = keyOf({ target: target.name, kind: outcome.kind, signature: outcome.signature! });
      if (known.has(key)) {
        events.repeat(key, shape);
        return true;
      }
      known.add(key);
      events.finding({
        target: target.name,
        kind: outcome.kind,
        signature: outcome.signature!,
        detail: outcome.detail!,
        shapes: [shape],
        count: 1,
        seed: request.seed,
        path: request.path ?? String(at),
        input: safeDescribe(target, input, ctx),
        ...(outcome.kind === 'slow' ? { ms: Math.round(outcome.ms) } : {}),
      });
      return true;
    }),
    {
      seed: request.seed,
      numRuns: request.runs,
      ...(request.path !== undefined
        ? { path: request.path }
        : request.from > 0
          ? { path: String(request.from) }
          : {}),
    },
  );
}

function safeDescribe(target: Target<unknown, unknown>, input: unknown, ctx: Context): string {
  try {
    return target.describe(input as never, ctx);
  } catch (error) {
    return `(cannot be described: ${errorText(error)})`;
  }
}

/** The input at a path (seed and path of a finding), described, without calling the target. */
export async function describeAt(
  finding: Finding,
  ctx: Context,
): Promise<{ input: string; shape: string; heavy: string[] }> {
  const target = targetNamed(finding.target);
  let out = { input: '', shape: '', heavy: [] as string[] };
  await fc.check(
    fc.property(inputsOf(target, ctx), (input) => {
      out = {
        input: safeDescribe(target, input, ctx),
        shape: target.shape(input as never),
        heavy: target.heavy?.(input as never) ?? [],
      };
      return true;
    }),
    { seed: finding.seed, path: finding.path, numRuns: 1 },
  );
  return out;
}

/** The smallest input fast-check finds that shows the same finding, with its path. */
export async function shrinkFinding(
  finding: Finding,
  ctx: Context,
  position: Position,
  slowMs = SLOW_MS,
): Promise<Finding['shrunk']> {
  const target = targetNamed(finding.target);
  const arb = inputsOf(target, ctx);
  const snap = snapshot();
  let last: Outcome | undefined;
  mark(position, PHASE.shrinking);
  const result = await fc.check(
    fc.asyncProperty(arb, async (input) => {
      const outcome = await runOne(target, input, ctx, snap, undefined, slowMs);
      const same =
        outcome.kind === finding.kind &&
        (finding.kind === 'slow' || outcome.signature === finding.signature);
      if (same) last = outcome;
      return !same;
    }),
    {
      seed: finding.seed,
      path: finding.path,
      numRuns: 1,
      interruptAfterTimeLimit: SHRINK_MS,
      markInterruptAsFailure: false,
    },
  );
  mark(position, PHASE.idle);
  if (!result.failed || !result.counterexample || !result.counterexamplePath) return undefined;
  return {
    input: safeDescribe(target, result.counterexample[0], ctx),
    path: result.counterexamplePath,
    detail: last?.detail ?? finding.detail,
    ...(finding.kind === 'slow' && last ? { ms: Math.round(last.ms) } : {}),
  };
}
