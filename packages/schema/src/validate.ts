/**
 * A small structural validator that checks input against the shapes in `shapes.ts`.
 *
 * Why not run the zod schemas? zod/mini's runtime is about 8 KB gzip, more than a quarter
 * of the questionnaire's size budget. The zod schemas stay the published contract (types,
 * JSON Schema); this module re-states them with a handful of combinators and reports the
 * same issues (same codes, paths and order), which `shapes.test.ts` checks against zod on
 * generated inputs.
 */

import type { RawIssue as ZodLikeIssue } from './issues.js';

/** An issue in zod's raw form, so that `fromZodIssues` words it the same way. */
export interface RawIssue extends ZodLikeIssue {
  path: PropertyKey[];
  /**
   * A failed refinement (length, range, pattern) rather than a wrong type. Unions use it:
   * an option that only failed refinements is the one the input meant.
   */
  soft?: true;
}

/** Marks a value that failed its type check; its issues are already recorded. */
export const INVALID: unique symbol = Symbol('invalid');

export type Checker<T = unknown> = (
  value: unknown,
  path: PropertyKey[],
  issues: RawIssue[],
) => T | typeof INVALID;

/**
 * A refinement run after the type check; it records soft issues and never aborts. A
 * length refinement (`lengthy`) runs even after a failed type check, on anything with a
 * `length`, as zod's do.
 */
interface Refinement<T> {
  (value: T, path: PropertyKey[], issues: RawIssue[]): void;
  lengthy?: true;
}

const isObject = (v: unknown): v is Record<PropertyKey, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A plain object: `{}` or `Object.create(null)`, from this realm or another (an iframe's
 * `Object.prototype` is another object), not a Date, Map or class instance.
 */
const isPlainObject = (v: unknown): v is Record<PropertyKey, unknown> => {
  if (!isObject(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype || Object.getPrototypeOf(proto) === null;
};

/** Records a wrong type, then runs the length refinements that apply to any value. */
function typeIssue(
  issues: RawIssue[],
  path: PropertyKey[],
  expected: string,
  value?: unknown,
  refinements: readonly Refinement<never>[] = [],
): typeof INVALID {
  issues.push({ code: 'invalid_type', expected, path });
  if (value != null && (value as { length?: unknown }).length !== undefined) {
    for (const r of refinements) if (r.lengthy) r(value as never, path, issues);
  }
  return INVALID;
}

function refine<T>(
  value: T,
  path: PropertyKey[],
  issues: RawIssue[],
  refinements: readonly Refinement<T>[],
): T {
  for (const r of refinements) r(value, path, issues);
  return value;
}

const lengthOrigin = (v: unknown) =>
  Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown';

/** A minimum and/or maximum length, reported as zod's `too_small` / `too_big`. */
export function length(min?: number, max?: number, message?: string): Refinement<unknown> {
  const r: Refinement<unknown> = (value, path, issues) => {
    const n = (value as { length: number }).length;
    const origin = lengthOrigin(value);
    if (min !== undefined && n < min) {
      issues.push({
        code: 'too_small',
        origin,
        minimum: min,
        inclusive: true,
        path,
        message,
        soft: true,
      });
    }
    if (max !== undefined && n > max) {
      issues.push({ code: 'too_big', origin, maximum: max, inclusive: true, path, soft: true });
    }
  };
  r.lengthy = true;
  return r;
}

/** Numeric bounds; `exclusiveMin` makes the minimum strict (zod's `positive`). */
export function range(
  min?: number,
  max?: number,
  message?: string,
  exclusiveMin = false,
): Refinement<number> {
  return (n, path, issues) => {
    if (min !== undefined && (exclusiveMin ? n <= min : n < min)) {
      issues.push({
        code: 'too_small',
        origin: 'number',
        minimum: min,
        inclusive: !exclusiveMin,
        path,
        message,
        soft: true,
      });
    }
    if (max !== undefined && n > max) {
      issues.push({
        code: 'too_big',
        origin: 'number',
        maximum: max,
        inclusive: true,
        path,
        soft: true,
      });
    }
  };
}

/** A pattern a string must match, reported as zod's `invalid_format`. */
export function pattern(re: RegExp, message?: string): Refinement<string> {
  return (value, path, issues) => {
    if (!re.test(value)) {
      issues.push({
        code: 'invalid_format',
        format: 'regex',
        origin: 'string',
        path,
        message,
        soft: true,
      });
    }
  };
}

export function string(...refinements: Refinement<string>[]): Checker<string> {
  return (v, path, issues) =>
    typeof v === 'string'
      ? refine(v, path, issues, refinements)
      : typeIssue(issues, path, 'string', v, refinements);
}

export function number(...refinements: Refinement<number>[]): Checker<number> {
  return (v, path, issues) =>
    typeof v === 'number' && Number.isFinite(v)
      ? refine(v, path, issues, refinements)
      : typeIssue(issues, path, 'number');
}

/** An integer between `min` and `max` inclusive (and within the safe integer range). */
export function int(min: number, max: number): Checker<number> {
  const safe = Number.MAX_SAFE_INTEGER;
  const bounded = range(min, max);
  return (v, path, issues) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return typeIssue(issues, path, 'number');
    if (!Number.isInteger(v)) {
      issues.push({ code: 'invalid_type', expected: 'int', format: 'safeint', path });
      return INVALID;
    }
    if (v < -safe) {
      issues.push({
        code: 'too_small',
        origin: 'int',
        minimum: -safe,
        inclusive: true,
        path,
        soft: true,
      });
    }
    if (v > safe) {
      issues.push({
        code: 'too_big',
        origin: 'int',
        maximum: safe,
        inclusive: true,
        path,
        soft: true,
      });
    }
    bounded(v, path, issues);
    return v;
  };
}

export const boolean: Checker<boolean> = (v, path, issues) =>
  typeof v === 'boolean' ? v : typeIssue(issues, path, 'boolean');

/** One of a fixed list of values (zod's `literal` and `enum`). */
export function oneOf<const T>(...values: T[]): Checker<T> {
  return (v, path, issues) => {
    if (values.includes(v as T)) return v as T;
    issues.push({ code: 'invalid_value', values, path });
    return INVALID;
  };
}

/**
 * An array of `item`s, at least `min` and at most `max` long. An array over `max` is
 * rejected on its length alone, before its items are looked at (as zod does).
 */
export function array<T>(item: Checker<T>, min?: number, max?: number): Checker<T[]> {
  const refinements = min === undefined && max === undefined ? [] : [length(min, max)];
  return (v, path, issues) => {
    if (!Array.isArray(v)) return typeIssue(issues, path, 'array', v, refinements);
    if (max !== undefined && v.length > max) {
      issues.push({ code: 'too_big', origin: 'array', maximum: max, inclusive: true, path });
      return INVALID;
    }
    const out: T[] = [];
    let ok = true;
    for (let i = 0; i < v.length; i++) {
      const r = item(v[i], [...path, i], issues);
      if (r === INVALID) ok = false;
      else out.push(r);
    }
    refine(v, path, issues, refinements);
    return ok ? out : INVALID;
  };
}

/** An object property that may be absent; `fallback` gives its value when it is. */
interface Field {
  check: Checker;
  optional?: boolean;
  fallback?: () => unknown;
}

type Shape = Record<string, Checker | Field>;

export const optional = (check: Checker): Field => ({ check, optional: true });
export const withDefault = (check: Checker, fallback: () => unknown): Field => ({
  check,
  fallback,
});

/**
 * An object with the given properties, in that order; unknown properties are dropped.
 * Properties are read as `value[key]`, like zod does.
 */
export function object<T>(shape: Shape): Checker<T> {
  const fields = Object.entries(shape).map(
    ([key, f]) => [key, typeof f === 'function' ? { check: f } : f] as const,
  );
  return (v, path, issues) => {
    if (!isObject(v)) return typeIssue(issues, path, 'object');
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const [key, field] of fields) {
      let value = v[key];
      if (value === undefined) {
        if (field.fallback) value = field.fallback();
        else if (field.optional) {
          // zod keeps a property that is present but undefined.
          if (key in v) out[key] = undefined;
          continue;
        }
      }
      const r = field.check(value, [...path, key], issues);
      if (r === INVALID) ok = false;
      else out[key] = r;
    }
    return ok ? (out as T) : INVALID;
  };
}

/** A map from keys that pass `key` to values that pass `value` (zod's `record`). */
export function record<T>(key: Checker<string>, value: Checker<T>): Checker<Record<string, T>> {
  return (v, path, issues) => {
    if (!isPlainObject(v)) return typeIssue(issues, path, 'record');
    const out: Record<string, T> = {};
    let ok = true;
    // Own enumerable string keys, as zod reads them.
    for (const k of Object.keys(v)) {
      const keyIssues: RawIssue[] = [];
      if (key(k, [], keyIssues) === INVALID || keyIssues.length) {
        issues.push({ code: 'invalid_key', origin: 'record', path: [...path, k] });
        ok = false;
        continue;
      }
      const r = value(v[k], [...path, k], issues);
      if (r === INVALID) ok = false;
      // A key such as "__proto__" would not survive plain assignment.
      else
        Object.defineProperty(out, k, {
          value: r,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return ok ? out : INVALID;
  };
}

/**
 * The first option the input passes. When none does, the one option that failed only on
 * refinements speaks for the input; otherwise the input matches no form (`invalid_union`).
 */
export function union<T>(...options: Checker<T>[]): Checker<T> {
  return (v, path, issues) => {
    let candidate: RawIssue[] | undefined;
    let candidates = 0;
    for (const option of options) {
      const own: RawIssue[] = [];
      const r = option(v, path, own);
      if (r !== INVALID && own.length === 0) return r;
      if (own.every((i) => i.soft)) {
        candidates++;
        candidate ??= own;
      }
    }
    if (candidates === 1 && candidate) issues.push(...candidate);
    else issues.push({ code: 'invalid_union', path });
    return INVALID;
  };
}

/** An object whose `key` property picks which shape it must have. */
export function tagged<T>(key: string, options: Record<string, Checker<T>>): Checker<T> {
  return (v, path, issues) => {
    if (!isObject(v)) return typeIssue(issues, path, 'object');
    const tag = v[key];
    const option =
      typeof tag === 'string' && Object.hasOwn(options, tag) ? options[tag] : undefined;
    if (!option) {
      issues.push({ code: 'invalid_union', discriminator: key, path: [...path, key] });
      return INVALID;
    }
    return option(v, path, issues);
  };
}

/**
 * Checks `input`; returns the cleaned value, or the issues in zod's raw form. A value that
 * only failed refinements is still rejected.
 */
export function validate<T>(
  check: Checker<T>,
  input: unknown,
): { ok: true; value: T } | { ok: false; issues: RawIssue[] } {
  const issues: RawIssue[] = [];
  const value = check(input, [], issues);
  return value === INVALID || issues.length ? { ok: false, issues } : { ok: true, value };
}
