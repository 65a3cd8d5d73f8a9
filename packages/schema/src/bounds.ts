/**
 * The size check every `parse*` function runs before the schema: lists longer, groups of
 * fields with more entries and texts longer than their format allows are refused with one
 * `too-big` issue each, without walking what they hold. zod checks a list's length only after
 * it has read every item, so a 5 MB list of empty objects would give millions of issues, and
 * a sparse list or a proxy that says it holds 2^32 − 1 items would be walked to the end.
 *
 * The check follows the schema itself: the bounds it applies are the schema's own `maxLength`
 * checks (and `maxEntries` for records), so there is one definition of each limit. It visits
 * only what the schema visits (the fields a format names, as deep as it goes), so a deeply
 * nested or cyclic value under an unknown key costs nothing. Internal to the package.
 */
import * as z from 'zod/mini';
import { INPUT_LIMITS } from './constants.js';
import type { RawIssue } from './issues.js';

const ENTRY_LIMITS = new WeakMap<object, number>();

/**
 * A check that a record (a group of fields keyed by id or locale) has at most `maximum`
 * entries, reported as zod reports a list that is too long (`too-big`, origin `record`).
 */
export function maxEntries(maximum: number): z.core.$ZodCheck<Record<string, unknown>> {
  const check = z.check<Record<string, unknown>>((ctx) => {
    if (Object.keys(ctx.value).length > maximum)
      ctx.issues.push({
        code: 'too_big',
        origin: 'record',
        maximum,
        inclusive: true,
        input: ctx.value,
      });
  });
  ENTRY_LIMITS.set(check, maximum);
  return check;
}

/** The parts of a schema's definition the size check reads. */
interface Def {
  type: string;
  checks?: readonly { _zod: { def: { check?: string; maximum?: unknown } } }[];
  innerType?: Schema;
  in?: Schema;
  element?: Schema;
  shape?: Record<string, Schema>;
  keyType?: Schema;
  valueType?: Schema;
  options?: readonly Schema[];
  discriminator?: string;
  getter?: () => Schema;
}
interface Schema {
  _zod: { def: Def; propValues?: Record<string, Set<unknown>> };
}

/** The bound a schema's checks put on the length (or on the number of entries). */
function boundOf(def: Def, fallback: number): number {
  for (const check of def.checks ?? []) {
    const own = ENTRY_LIMITS.get(check);
    if (own !== undefined) return own;
    const { check: kind, maximum } = check._zod.def;
    if (kind === 'max_length' && typeof maximum === 'number') return maximum;
  }
  return fallback;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object';

/** The JavaScript types a schema can take, to choose among the options of a union. */
function fits(def: Def, value: unknown): boolean {
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return fits(def.innerType!._zod.def, value);
    case 'pipe':
      return fits(def.in!._zod.def, value);
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value);
    case 'object':
    case 'record':
      return isObject(value) && !Array.isArray(value);
    default:
      return true;
  }
}

function walk(schema: Schema, value: unknown, path: PropertyKey[], out: RawIssue[]): void {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      if (value !== undefined && value !== null) walk(def.innerType!, value, path, out);
      return;
    case 'pipe':
      walk(def.in!, value, path, out);
      return;
    case 'lazy':
      walk(def.getter!(), value, path, out);
      return;
    case 'string':
      if (typeof value === 'string') {
        const maximum = boundOf(def, INPUT_LIMITS.string);
        if (value.length > maximum) out.push(tooBig('string', maximum, path));
      }
      return;
    case 'array': {
      if (!Array.isArray(value)) return;
      // Read once: a proxy may answer differently each time.
      const length: unknown = value.length;
      const maximum = boundOf(def, INPUT_LIMITS.items);
      if (typeof length !== 'number' || length > maximum) {
        out.push(tooBig('array', maximum, path));
        return;
      }
      for (let i = 0; i < length; i++) walk(def.element!, value[i], [...path, i], out);
      return;
    }
    case 'object':
      if (!isObject(value)) return;
      for (const [key, field] of Object.entries(def.shape!))
        walk(field, value[key], [...path, key], out);
      return;
    case 'record': {
      if (!isObject(value) || Array.isArray(value)) return;
      const keys = Object.keys(value);
      const maximum = boundOf(def, INPUT_LIMITS.entries);
      if (keys.length > maximum) {
        out.push(tooBig('record', maximum, path));
        return;
      }
      for (const key of keys) {
        walk(def.keyType!, key, [...path, key], out);
        walk(def.valueType!, value[key], [...path, key], out);
      }
      return;
    }
    case 'union':
      walkUnion(schema, value, path, out);
      return;
    default:
      return;
  }
}

/**
 * A union: the option its discriminator names, or else the options of the value's type, of
 * which one within bounds is enough (the schema then says which one, if any, fits).
 */
function walkUnion(schema: Schema, value: unknown, path: PropertyKey[], out: RawIssue[]): void {
  const { options = [], discriminator } = schema._zod.def;
  if (discriminator !== undefined) {
    if (!isObject(value)) return;
    const tag = value[discriminator];
    const chosen = options.find((o) => o._zod.propValues?.[discriminator]?.has(tag));
    if (chosen) walk(chosen, value, path, out);
    return;
  }
  let first: RawIssue[] | undefined;
  for (const option of options) {
    if (!fits(option._zod.def, value)) continue;
    const own: RawIssue[] = [];
    walk(option, value, path, own);
    if (!own.length) return;
    first ??= own;
  }
  if (first) out.push(...first);
}

function tooBig(origin: string, maximum: number, path: PropertyKey[]): RawIssue {
  return { code: 'too_big', origin, maximum, inclusive: true, path };
}

/**
 * The lists, groups of fields and texts of `value` that are longer than `schema` allows, as
 * zod's `too_big` issues, found without walking into any of them. Empty when all is within
 * bounds. May throw on a hostile value (a getter that throws): the caller catches.
 */
export function sizeIssues(schema: unknown, value: unknown): RawIssue[] {
  const out: RawIssue[] = [];
  walk(schema as Schema, value, [], out);
  return out;
}
