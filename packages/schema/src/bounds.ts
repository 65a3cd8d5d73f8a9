/**
 * The size check every `parse*` function runs before the schema: lists longer, groups of
 * fields with more entries and texts longer than their format allows are refused with one
 * `too-big` issue each, without walking what they hold. zod stops early only at a list that
 * has a maximum of its own; it lists a record's keys whole, reads a text whole, and bounds
 * that multiply (questions in components in pillars) add up. Before this check, a 5 MB list
 * of empty objects gave millions of issues, and a proxy that says it holds 2^32 − 1 items was
 * walked to the end.
 *
 * The check follows the schema itself: the bounds it applies are the schema's own `maxLength`
 * checks (and `maxEntries` for records), so there is one definition of each limit. It visits
 * only what the schema visits (the fields a format names, as deep as it goes), so a deeply
 * nested or cyclic value under an unknown key costs nothing. Bounds multiply (pillars ×
 * components × questions), so it also counts the lists and groups of fields it visits, and
 * stops past `INPUT_LIMITS.groups` with one `too-big` issue (origin `document`) at the root.
 * Internal to the package.
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

/**
 * What the size check does at one place of a schema, worked out once per schema: nothing
 * (`skip`: a number, a boolean, a literal…), or the bound of a text, a list or a record and
 * what to check inside. Optional, nullable and default wrappers are looked through (the walk
 * skips `undefined` and `null` anyway).
 */
type Node =
  | { readonly kind: 'skip' }
  | { readonly kind: 'string'; readonly max: number }
  | { readonly kind: 'array'; readonly max: number; readonly element: Node }
  | { readonly kind: 'object'; readonly fields: readonly (readonly [string, Node])[] }
  | { readonly kind: 'record'; readonly max: number; readonly key: Node; readonly value: Node }
  | { readonly kind: 'tagged'; readonly key: string; readonly byTag: ReadonlyMap<unknown, Node> }
  | {
      readonly kind: 'union';
      readonly options: readonly { readonly type: string; readonly node: Node }[];
    };

const SKIP: Node = { kind: 'skip' };
const compiled = new WeakMap<Schema, Node>();

/** The JavaScript type an option of a union takes: `string`, `array`, `object` or `other`. */
function typeOf(node: Node): string {
  switch (node.kind) {
    case 'string':
    case 'array':
      return node.kind;
    case 'object':
    case 'record':
    case 'tagged':
      return 'object';
    default:
      return 'other';
  }
}

function compile(schema: Schema): Node {
  let node = compiled.get(schema);
  if (node) return node;
  // A schema that refers to itself (none does today) is not walked into a second time.
  compiled.set(schema, SKIP);
  node = build(schema._zod.def);
  compiled.set(schema, node);
  return node;
}

function build(def: Def): Node {
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return compile(def.innerType!);
    case 'pipe':
      return compile(def.in!);
    case 'lazy':
      return compile(def.getter!());
    case 'string':
      return { kind: 'string', max: boundOf(def, INPUT_LIMITS.string) };
    case 'array':
      return {
        kind: 'array',
        max: boundOf(def, INPUT_LIMITS.items),
        element: compile(def.element!),
      };
    case 'object': {
      const fields = Object.entries(def.shape!)
        .map(([key, field]) => [key, compile(field)] as const)
        .filter(([, field]) => field.kind !== 'skip');
      return fields.length ? { kind: 'object', fields } : SKIP;
    }
    case 'record':
      return {
        kind: 'record',
        max: boundOf(def, INPUT_LIMITS.entries),
        key: compile(def.keyType!),
        value: compile(def.valueType!),
      };
    case 'union': {
      const options = def.options ?? [];
      if (def.discriminator !== undefined) {
        const key = def.discriminator;
        const byTag = new Map<unknown, Node>();
        for (const option of options)
          for (const tag of option._zod.propValues?.[key] ?? []) byTag.set(tag, compile(option));
        return { kind: 'tagged', key, byTag };
      }
      const nodes = options.map((o) => compile(o)).map((node) => ({ type: typeOf(node), node }));
      return nodes.some((o) => o.node.kind !== 'skip') ? { kind: 'union', options: nodes } : SKIP;
    }
    default:
      return SKIP;
  }
}

/**
 * Walks `value` along `node`. `path` is one array, pushed and popped on the way (a copy is
 * taken only for an issue), so that a document within bounds costs no allocation per value.
 */
/** Lists and groups of fields the walk may still visit (`INPUT_LIMITS.groups` at the start). */
let budget = 0;
/** Thrown when the budget runs out: the walk stops there. */
const SPENT = Symbol('spent');

/** One more list or group of fields visited; past `INPUT_LIMITS.groups`, the walk stops. */
function visit(): void {
  if (--budget < 0) throw SPENT;
}

function walk(node: Node, value: unknown, path: PropertyKey[], out: RawIssue[]): void {
  switch (node.kind) {
    case 'skip':
      return;
    case 'string':
      if (typeof value === 'string' && value.length > node.max)
        out.push(tooBig('string', node.max, path));
      return;
    case 'array': {
      if (!Array.isArray(value)) return;
      visit();
      // Read once: a proxy may answer differently each time.
      const length: unknown = value.length;
      if (typeof length !== 'number' || length > node.max) {
        out.push(tooBig('array', node.max, path));
        return;
      }
      if (node.element.kind === 'skip') return;
      for (let i = 0; i < length; i++) {
        path.push(i);
        walk(node.element, value[i], path, out);
        path.pop();
      }
      return;
    }
    case 'object':
      if (!isObject(value)) return;
      visit();
      for (const [key, field] of node.fields) {
        path.push(key);
        walk(field, value[key], path, out);
        path.pop();
      }
      return;
    case 'record': {
      if (!isObject(value) || Array.isArray(value)) return;
      visit();
      // Counted before the keys are listed: listing asks a proxy about every key.
      if (Reflect.ownKeys(value).length > node.max) {
        out.push(tooBig('record', node.max, path));
        return;
      }
      const keys = Object.keys(value);
      for (const key of keys) {
        path.push(key);
        walk(node.key, key, path, out);
        walk(node.value, value[key], path, out);
        path.pop();
      }
      return;
    }
    case 'tagged': {
      if (!isObject(value)) return;
      const chosen = node.byTag.get(value[node.key]);
      if (chosen) walk(chosen, value, path, out);
      return;
    }
    case 'union':
      walkUnion(node.options, value, path, out);
      return;
  }
}

/**
 * A union: the options of the value's type, of which one within bounds is enough (the schema
 * then says which one, if any, fits).
 */
function walkUnion(
  options: readonly { readonly type: string; readonly node: Node }[],
  value: unknown,
  path: PropertyKey[],
  out: RawIssue[],
): void {
  const type =
    typeof value === 'string'
      ? 'string'
      : Array.isArray(value)
        ? 'array'
        : isObject(value)
          ? 'object'
          : 'other';
  // A number, a boolean or nothing has no size.
  if (type === 'other') return;
  const start = out.length;
  let first: RawIssue[] | undefined;
  for (const { type: own, node } of options) {
    if (own !== type) continue;
    walk(node, value, path, out);
    if (out.length === start) return;
    first ??= out.slice(start);
    out.length = start;
  }
  if (first) out.push(...first);
}

function tooBig(origin: string, maximum: number, path: PropertyKey[]): RawIssue {
  return { code: 'too_big', origin, maximum, inclusive: true, path: [...path] };
}

/**
 * The lists, groups of fields and texts of `value` that are longer than `schema` allows, as
 * zod's `too_big` issues, found without walking into any of them. Empty when all is within
 * bounds. May throw on a hostile value (a getter that throws): the caller catches.
 */
export function sizeIssues(schema: unknown, value: unknown): RawIssue[] {
  const out: RawIssue[] = [];
  budget = INPUT_LIMITS.groups;
  try {
    walk(compile(schema as Schema), value, [], out);
  } catch (error) {
    if (error !== SPENT) throw error;
    return [tooBig('document', INPUT_LIMITS.groups, [])];
  }
  return out;
}
