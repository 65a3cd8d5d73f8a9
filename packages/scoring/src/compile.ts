/**
 * A framework compiled once into flat lookup tables, cached per framework object, so that
 * scoring a response is a single pass over its scorable questions without allocation
 * beyond the result itself. Frameworks are treated as immutable values: a framework
 * changed in place after it was first scored keeps its old index (score a copy instead).
 */
import type { Framework, FrameworkRef, Question } from '@dtc/schema';
import { levelScore } from './math.js';

export interface CompiledComponent {
  readonly id: string;
  readonly pillarId: string;
  readonly weight: number;
  /** Its scorable questions are `start` ≤ k < `end` in the framework's flat tables. */
  readonly start: number;
  readonly end: number;
}

export interface CompiledPillar {
  readonly id: string;
  readonly weight: number;
  readonly foundational: boolean;
  readonly components: readonly CompiledComponent[];
  /** Its scorable questions are `start` ≤ k < `end` in the framework's flat tables. */
  readonly start: number;
  readonly end: number;
}

/** Entries per question in {@link CompiledFramework.byNumber} (levels go up to 7). */
export const ROW = 8;

/** Bits of {@link CompiledFramework.flags}. */
export const ALLOWS_NA = 1;
export const ALLOWS_DK = 2;

/**
 * The scorable (rubric, choice, yes/no) questions of a framework as parallel arrays indexed
 * by k, in framework order; text questions are left out.
 */
export interface CompiledFramework {
  readonly ref: FrameworkRef;
  /** Number of maturity levels L. */
  readonly levels: number;
  readonly pillars: readonly CompiledPillar[];
  readonly ids: readonly string[];
  /** The first k of each question id. */
  readonly index: ReadonlyMap<string, number>;
  /**
   * For a framework whose ids repeat (it was not validated): entry k holds the next
   * position with the same id as k, or −1. `null` when every id is unique.
   */
  readonly repeats: Int32Array | null;
  readonly weights: readonly number[];
  /** {@link ALLOWS_NA} | {@link ALLOWS_DK}. */
  readonly flags: Uint8Array;
  /**
   * Level by numeric answer: entry `k × 8 + value` holds the level that `value` stands for on
   * question k (a described rubric level), 0 where that is not a valid answer (all of a
   * choice or yes/no row).
   */
  readonly byNumber: Uint8Array;
  /** Level by string answer (choice option ids, `yes`/`no`); or `null`. */
  readonly byString: readonly (ReadonlyMap<string, number> | null)[];
  /** The score of each level: entry `level` holds `levelScore(level, levels)` (1..7). */
  readonly scores: Float64Array;
  /** Level by answer value, for explanations. */
  readonly levelOf: readonly ReadonlyMap<number | string, number>[];
}

const cache = new WeakMap<Framework, CompiledFramework>();

/** A level the framework defines (at most 7, as the schema allows) and that has a score. */
const valid = (level: number, levels: number): boolean =>
  Number.isInteger(level) &&
  level >= 1 &&
  level <= levels &&
  level < ROW &&
  levelScore(level, levels) >= 0;

/** The compiled index of a framework, built on first use and cached for that object. */
export function compile(framework: Framework): CompiledFramework {
  const cached = cache.get(framework);
  if (cached) return cached;
  const levels = framework.levels.length;
  const ids: string[] = [];
  const weights: number[] = [];
  const flags: number[] = [];
  const byNumber: number[] = [];
  const byString: (Map<string, number> | null)[] = [];
  const levelOf: Map<number | string, number>[] = [];

  const add = (question: Question): void => {
    if (question.kind === 'text') return;
    const levelsOf = new Map<number | string, number>();
    const numbers = Array.from({ length: ROW }, () => 0);
    let strings: Map<string, number> | null = null;
    if (question.kind === 'rubric') {
      for (const d of question.descriptors) {
        if (!valid(d.level, levels)) continue;
        numbers[d.level] = d.level;
        levelsOf.set(d.level, d.level);
      }
    } else {
      const pairs: [string, number][] =
        question.kind === 'choice'
          ? question.options.map((o) => [o.id, o.level])
          : [
              ['yes', question.yesLevel],
              ['no', question.noLevel],
            ];
      strings = new Map();
      for (const [value, level] of pairs) {
        if (!valid(level, levels) || strings.has(value)) continue;
        strings.set(value, level);
        levelsOf.set(value, level);
      }
    }
    ids.push(question.id);
    weights.push(question.weight ?? 1);
    flags.push(
      (question.allowNotApplicable === true ? ALLOWS_NA : 0) |
        (question.allowDontKnow === true ? ALLOWS_DK : 0),
    );
    byNumber.push(...numbers);
    byString.push(strings);
    levelOf.push(levelsOf);
  };

  const pillars = framework.pillars.map((pillar): CompiledPillar => {
    const start = ids.length;
    const components = pillar.components.map((component): CompiledComponent => {
      const first = ids.length;
      for (const question of component.questions) add(question);
      return {
        id: component.id,
        pillarId: pillar.id,
        weight: component.weight ?? 1,
        start: first,
        end: ids.length,
      };
    });
    return {
      id: pillar.id,
      weight: pillar.weight ?? 1,
      foundational: pillar.foundational === true,
      components,
      start,
      end: ids.length,
    };
  });
  const compiled: CompiledFramework = {
    ref: { id: framework.id, version: framework.version },
    levels,
    pillars,
    ids,
    ...indexOf(ids),
    weights,
    flags: Uint8Array.from(flags),
    byNumber: Uint8Array.from(byNumber),
    byString,
    scores: Float64Array.from({ length: ROW }, (_, level) =>
      valid(level, levels) ? levelScore(level, levels) : -1,
    ),
    levelOf,
  };
  cache.set(framework, compiled);
  return compiled;
}

/** The first position of each id, and the chain of later ones when ids repeat. */
function indexOf(ids: readonly string[]): Pick<CompiledFramework, 'index' | 'repeats'> {
  const index = new Map<string, number>();
  const last = new Map<string, number>();
  const repeats = new Int32Array(ids.length).fill(-1);
  let repeated = false;
  ids.forEach((id, k) => {
    const before = last.get(id);
    if (before === undefined) index.set(id, k);
    else {
      repeats[before] = k;
      repeated = true;
    }
    last.set(id, k);
  });
  return { index, repeats: repeated ? repeats : null };
}

/** The pillars selected by a `sections` option (all when it is absent), in framework order. */
export function selectPillars(
  compiled: CompiledFramework,
  sections: readonly string[] | undefined,
): readonly CompiledPillar[] {
  if (sections === undefined) return compiled.pillars;
  const wanted = new Set(sections);
  return compiled.pillars.filter((p) => wanted.has(p.id));
}
