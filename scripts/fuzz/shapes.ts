/**
 * The inputs of the fuzzer, as recipes: small plain data that fast-check generates, shrinks
 * and prints, and that `build` turns into a fresh input at each call (a 5 MB string, 10,000
 * levels of nesting, a Proxy whose traps throw, a cycle…). A recipe is a whole value, or a
 * valid document with a few edits at paths into it; it is passed as a value or as JSON text.
 */
import fc from 'fast-check';

/** Names of hostile values that JSON cannot carry (only targets that take any value get them). */
export const JS_ONLY = [
  'nan',
  'infinity',
  'negative-infinity',
  'cycle',
  'throwing-getter',
  'proxy',
  'proxy-throws',
  'proxy-huge-length',
  'sparse',
  'frozen',
  'instance',
  'null-prototype',
  'inherited',
  'symbol',
  'symbol-key',
  'bigint',
  'function',
  'undefined',
] as const;

/** A value to put somewhere: JSON, or one of the hostile shapes. */
export type Leaf =
  | { k: 'json'; v: unknown }
  /** Numbers at the edges (JSON keeps `-0` as `0`, `1e308`, `5e-324`, 2^53…). */
  | { k: 'number'; v: number }
  | { k: 'nan' }
  | { k: 'infinity' }
  | { k: 'negative-infinity' }
  /** A string of `size` characters (MBs), of one character repeated. */
  | { k: 'huge-string'; size: number; ch: string }
  /** `depth` levels of arrays or objects, one inside the other. */
  | { k: 'deep'; depth: number; of: 'array' | 'object' }
  /** An array of `n` copies of `item` (`[{},{},…]`). */
  | { k: 'many'; n: number; item: unknown }
  /** An object of `n` keys `k0…` holding `item`. */
  | { k: 'many-keys'; n: number; item: unknown }
  /** An object with `key` as its own property (read with JSON.parse), holding `value`. */
  | { k: 'own-key'; key: string; value: unknown }
  /** The document itself (a cycle). */
  | { k: 'cycle' }
  /** The value that was there, with a getter on `key` that throws. */
  | { k: 'throwing-getter'; key: string }
  /** The value that was there, behind a transparent Proxy. */
  | { k: 'proxy' }
  /** The value that was there, behind a Proxy whose `trap` throws. */
  | { k: 'proxy-throws'; trap: ProxyTrap }
  /** An array Proxy reporting `length` (2^32−1 and the like), each item `item`. */
  | { k: 'proxy-huge-length'; length: number; item: unknown }
  /** A sparse array of `length` with `item` at its first index only. */
  | { k: 'sparse'; length: number; item: unknown }
  /** The value that was there, deep-frozen. */
  | { k: 'frozen' }
  /** An instance of a class or a built-in that is not a plain object. */
  | { k: 'instance'; of: InstanceKind }
  /** The value that was there, copied into an object of null prototype. */
  | { k: 'null-prototype' }
  /** The value that was there, with its properties inherited from a prototype instead of own. */
  | { k: 'inherited' }
  | { k: 'symbol' }
  /** The value that was there, with a symbol-keyed property besides. */
  | { k: 'symbol-key' }
  | { k: 'bigint'; v: string }
  | { k: 'function' }
  | { k: 'undefined' };

export type LeafKind = Leaf['k'];

export const PROXY_TRAPS = [
  'get',
  'ownKeys',
  'getOwnPropertyDescriptor',
  'has',
  'getPrototypeOf',
  'set',
  'defineProperty',
] as const;
export type ProxyTrap = (typeof PROXY_TRAPS)[number];

export const INSTANCES = [
  'class',
  'date',
  'map',
  'set',
  'regexp',
  'error',
  'typed-array',
  'boxed-string',
  'boxed-number',
  'promise',
  'weakmap',
  'arguments',
] as const;
export type InstanceKind = (typeof INSTANCES)[number];

/** What an edit does at its path. */
export type Edit =
  | { op: 'set'; path: number[]; leaf: Leaf }
  | { op: 'add'; path: number[]; key: string; leaf: Leaf }
  | { op: 'delete'; path: number[] }
  /** Puts a copy of the node at `from` (another place in the document) at `path`. */
  | { op: 'copy'; path: number[]; from: number[] }
  /** Sets the `nth` timestamp of the document (a field `at` or `…At`) to `value`. */
  | { op: 'stamp'; nth: number; value: string };

/** How the built value reaches the target. */
export type Form = 'value' | 'text' | 'text-of-text';

/** One input of the fuzzer. */
export type Recipe =
  /** A whole value. */
  | { shape: 'whole'; leaf: Leaf; form: Form }
  /** Text that need not be JSON: random, cut JSON, JSON with a byte-order mark… */
  | { shape: 'text'; text: string }
  /** A named document (see `bases`) with edits. */
  | { shape: 'edit'; base: string; edits: Edit[]; form: Form }
  /** A generated document (valid for the target), with edits. */
  | { shape: 'generated'; doc: unknown; edits: Edit[]; form: Form };

/**
 * The kind of input a recipe is, without the document it starts from: `edit: huge-string`,
 * `whole: deep as text`… Findings of one target are told apart by it.
 */
export function shapeOf(recipe: Recipe): string {
  const form =
    recipe.shape === 'text' || recipe.form === 'value' || jsOnly(recipe)
      ? ''
      : ` as ${recipe.form}`;
  switch (recipe.shape) {
    case 'whole':
      return `whole: ${recipe.leaf.k}${form}`;
    case 'text':
      return 'text';
    default: {
      const kinds = [...new Set(recipe.edits.map((e) => ('leaf' in e ? e.leaf.k : e.op)))].sort();
      return `${recipe.shape}: ${kinds.join(', ') || 'unchanged'}${form}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Building

type Obj = Record<PropertyKey, unknown>;

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null;

/** A deep copy of JSON-like data (structuredClone keeps own `__proto__` keys as data). */
const copy = <T>(v: T): T => (v === undefined ? v : (structuredClone(v) as T));

function deepFreeze<T>(v: T, seen = new Set<unknown>()): T {
  if (!isObject(v) || seen.has(v)) return v;
  seen.add(v);
  for (const key of Reflect.ownKeys(v)) deepFreeze((v as Obj)[key], seen);
  return Object.freeze(v);
}

class Thing {
  kind = 'thing';
  id = 'x';
  constructor(readonly version = 1) {}
  get format(): string {
    return 'dtc.response';
  }
}

function instanceOf(of: InstanceKind): unknown {
  switch (of) {
    case 'class':
      return new Thing();
    case 'date':
      return new Date(0);
    case 'map':
      return new Map([['a', 1]]);
    case 'set':
      return new Set([1]);
    case 'regexp':
      return /x/g;
    case 'error':
      return new Error('x');
    case 'typed-array':
      return new Uint8Array(4);
    case 'boxed-string':
      return new String('2026-03-25T09:30:00Z');
    case 'boxed-number':
      return new Number(3);
    case 'promise':
      return Promise.resolve(1);
    case 'weakmap':
      return new WeakMap();
    case 'arguments':
      return (function (..._args: unknown[]) {
        // eslint-disable-next-line prefer-rest-params
        return arguments;
      })(1, 2);
  }
}

/** The error every throwing getter and trap throws, so that findings can tell it apart. */
export class Hostile extends Error {
  constructor(where: string) {
    super(`hostile ${where}`);
    this.name = 'Hostile';
  }
}

/** Builds a leaf; `there` is the value it replaces, `root` the document (for cycles). */
export function buildLeaf(leaf: Leaf, there: unknown, root: () => unknown): unknown {
  switch (leaf.k) {
    case 'json':
      return copy(leaf.v);
    case 'number':
      return leaf.v;
    case 'nan':
      return NaN;
    case 'infinity':
      return Infinity;
    case 'negative-infinity':
      return -Infinity;
    case 'huge-string':
      return leaf.ch.repeat(leaf.size);
    case 'deep': {
      let v: unknown = leaf.of === 'array' ? [] : {};
      for (let i = 1; i < leaf.depth; i++) v = leaf.of === 'array' ? [v] : { a: v };
      return v;
    }
    case 'many': {
      const item = leaf.item;
      // One copy shared by every slot: building stays cheap, walking costs what it costs.
      if (!isObject(item)) return new Array(leaf.n).fill(item);
      const shared = copy(item);
      SHARED.add(shared);
      return new Array(leaf.n).fill(shared);
    }
    case 'many-keys': {
      const out: Obj = {};
      for (let i = 0; i < leaf.n; i++) out[`k${i}`] = copy(leaf.item);
      return out;
    }
    case 'own-key':
      return JSON.parse(`{${JSON.stringify(leaf.key)}:${JSON.stringify(leaf.value ?? null)}}`);
    case 'cycle':
      return root();
    case 'throwing-getter': {
      const target: Obj = isObject(there) ? copy(there) : {};
      Object.defineProperty(target, leaf.key, {
        enumerable: true,
        configurable: true,
        get() {
          throw new Hostile(`getter ${leaf.key}`);
        },
      });
      return target;
    }
    case 'proxy':
      return isObject(there) ? new Proxy(copy(there), {}) : new Proxy({}, {});
    case 'proxy-throws': {
      const trap = leaf.trap;
      return new Proxy(isObject(there) ? copy(there) : {}, {
        [trap]() {
          throw new Hostile(`trap ${trap}`);
        },
      });
    }
    case 'proxy-huge-length': {
      const item = leaf.item;
      const length = leaf.length;
      return new Proxy([], {
        get(target, key, receiver) {
          if (key === 'length') return length;
          if (typeof key === 'string' && /^\d+$/.test(key) && Number(key) < length) return item;
          return Reflect.get(target, key, receiver);
        },
        has(target, key) {
          if (typeof key === 'string' && /^\d+$/.test(key)) return Number(key) < length;
          return Reflect.has(target, key);
        },
      });
    }
    case 'sparse': {
      const a: unknown[] = [];
      a.length = leaf.length;
      a[0] = copy(leaf.item);
      return a;
    }
    case 'frozen':
      return deepFreeze(isObject(there) ? copy(there) : { there });
    case 'instance':
      return instanceOf(leaf.of);
    case 'null-prototype':
      return Object.assign(Object.create(null), isObject(there) ? copy(there) : {});
    case 'inherited':
      return Object.create(isObject(there) ? copy(there) : { there }) as unknown;
    case 'symbol':
      return Symbol('hostile');
    case 'symbol-key': {
      const target: Obj = isObject(there) ? copy(there) : {};
      target[Symbol('hostile')] = 1;
      return target;
    }
    case 'bigint':
      return BigInt(leaf.v);
    case 'function':
      return () => 1;
    case 'undefined':
      return undefined;
  }
}

/** The keys of a node, in the order paths choose among them. */
/**
 * The items that fill every slot of a `many` array. An edit never goes inside one: a key added
 * there would be added to every slot (hundreds of thousands of huge strings, which no JSON text
 * can hold), so the slot's own value is what an edit replaces.
 */
const SHARED = new WeakSet<object>();

const keysOf = (node: unknown): (string | number)[] =>
  // Object.keys, not a walk over the length: a sparse array may say 2^32−1.
  Array.isArray(node)
    ? Object.keys(node)
        .filter((k) => /^(0|[1-9]\d*)$/.test(k))
        .map(Number)
    : // A typed array is a leaf: what is written into it is made a number, and making a huge
      // array Proxy a number joins its 2^31 items.
      isObject(node) && !SHARED.has(node) && !ArrayBuffer.isView(node)
      ? Object.keys(node)
      : [];

/**
 * The path a list of choices leads to in `doc`: at each step the choice (modulo the number of
 * keys there) picks a key; it stops early at a leaf.
 */
export function resolve(doc: unknown, choices: readonly number[]): (string | number)[] {
  const path: (string | number)[] = [];
  let node = doc;
  for (const choice of choices) {
    const keys = keysOf(node);
    if (!keys.length) break;
    const key = keys[choice % keys.length]!;
    path.push(key);
    node = (node as Obj)[key];
  }
  return path;
}

function nodeAt(doc: unknown, path: readonly (string | number)[]): unknown {
  let node = doc;
  for (const key of path) node = isObject(node) ? (node as Obj)[key] : undefined;
  return node;
}

/**
 * Applies edits to a copy of `doc`: the new document (an edit at the root replaces it) and
 * the path each edit landed on. An edit that cannot be made (its path runs through a Proxy
 * whose traps throw) is left out.
 */
function applyEdits(
  doc: unknown,
  edits: readonly Edit[],
): { root: unknown; paths: Map<Edit, (string | number)[]> } {
  const box: { root: unknown } = { root: copy(doc) };
  const paths = new Map<Edit, (string | number)[]>();
  // Hostile leaves last: a Proxy or a throwing getter must not break the edits after it.
  const order = [...edits].sort((a, b) => rank(a) - rank(b));
  for (const edit of order) {
    try {
      applyEdit(box, edit, paths);
    } catch {
      paths.delete(edit);
    }
  }
  return { root: box.root, paths };
}

/** The paths of the timestamps of a document (fields `at` or `…At` holding text). */
function stamps(node: unknown, path: (string | number)[] = [], out: (string | number)[][] = []) {
  for (const key of keysOf(node)) {
    const inner = (node as Obj)[key];
    if (
      typeof inner === 'string' &&
      typeof key === 'string' &&
      (key === 'at' || key.endsWith('At'))
    )
      out.push([...path, key]);
    else stamps(inner, [...path, key], out);
  }
  return out;
}

function applyEdit(
  box: { root: unknown },
  edit: Edit,
  paths: Map<Edit, (string | number)[]>,
): void {
  if (edit.op === 'stamp') {
    const all = stamps(box.root);
    if (!all.length) return;
    const path = all[edit.nth % all.length]!;
    paths.set(edit, path);
    (nodeAt(box.root, path.slice(0, -1)) as Obj)[path.at(-1)!] = edit.value;
    return;
  }
  const path = resolve(box.root, edit.path);
  paths.set(edit, path);
  const parentPath = path.slice(0, -1);
  const last = path.at(-1);
  const parent = nodeAt(box.root, parentPath);
  switch (edit.op) {
    case 'set': {
      const value = buildLeaf(edit.leaf, nodeAt(box.root, path), () => box.root);
      if (last === undefined) box.root = value;
      else if (isObject(parent)) (parent as Obj)[last] = value;
      break;
    }
    case 'add': {
      let at = nodeAt(box.root, path);
      // A key added to a shared item goes to a copy of it in this slot alone.
      if (isObject(at) && SHARED.has(at) && isObject(parent) && last !== undefined)
        at = (parent as Obj)[last] = copy(at);
      const target = isObject(at) && !Array.isArray(at) ? at : isObject(parent) ? parent : null;
      if (target && !Array.isArray(target) && !ArrayBuffer.isView(target)) {
        // An own property even for `__proto__` (as JSON.parse makes it).
        Object.defineProperty(target, edit.key, {
          value: buildLeaf(edit.leaf, (target as Obj)[edit.key], () => box.root),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      break;
    }
    case 'delete':
      if (last === undefined) box.root = undefined;
      else if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else if (isObject(parent)) delete (parent as Obj)[last];
      break;
    case 'copy': {
      const from = copy(nodeAt(box.root, resolve(box.root, edit.from)));
      if (last === undefined) box.root = from;
      else if (isObject(parent)) (parent as Obj)[last] = from;
      break;
    }
  }
}

const HOSTILE = new Set<string>(JS_ONLY);
const rank = (e: Edit): number => ('leaf' in e && HOSTILE.has(e.leaf.k) ? 1 : 0);

/** Whether a recipe holds a value JSON cannot carry (it then goes as a value, never as text). */
export function jsOnly(recipe: Recipe): boolean {
  if (recipe.shape === 'text') return false;
  if (recipe.shape === 'whole') return HOSTILE.has(recipe.leaf.k);
  return recipe.edits.some((e) => 'leaf' in e && HOSTILE.has(e.leaf.k));
}

function asForm(value: unknown, form: Form): unknown {
  if (form === 'value') return value;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // Cycles, BigInt, throwing getters: such a value has no text; it goes as it is.
    return value;
  }
  if (text === undefined) return value;
  return form === 'text' ? text : JSON.stringify(text);
}

/** The input a recipe describes, built afresh. */
export function build(recipe: Recipe, bases: Readonly<Record<string, unknown>>): unknown {
  switch (recipe.shape) {
    case 'whole': {
      const { leaf } = recipe;
      // Deep nesting as text is written directly (JSON.stringify would recurse 10,000 times).
      if (leaf.k === 'deep' && recipe.form !== 'value') {
        const [open, close] = leaf.of === 'array' ? ['[', ']'] : ['{"a":', '}'];
        const text = `${open.repeat(leaf.depth - 1)}${leaf.of === 'array' ? '[]' : '{}'}${close.repeat(leaf.depth - 1)}`;
        return recipe.form === 'text' ? text : JSON.stringify(text);
      }
      const value = buildLeaf(leaf, undefined, () => undefined);
      return jsOnly(recipe) ? value : asForm(value, recipe.form);
    }
    case 'text':
      return recipe.text;
    case 'edit':
    case 'generated': {
      const doc = recipe.shape === 'edit' ? bases[recipe.base] : recipe.doc;
      const { root } = applyEdits(doc, recipe.edits);
      return jsOnly(recipe) ? root : asForm(root, recipe.form);
    }
  }
}

/** A short printable account of a recipe (no MB strings: sizes and paths instead). */
export function describe(recipe: Recipe, bases: Readonly<Record<string, unknown>>): string {
  const leafText = (leaf: Leaf): string => {
    switch (leaf.k) {
      case 'json':
      case 'number': {
        const text =
          leaf.k === 'number' && Object.is(leaf.v, -0)
            ? '-0'
            : (JSON.stringify(leaf.v) ?? 'undefined');
        return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} chars)` : text;
      }
      case 'huge-string':
        return `${JSON.stringify(leaf.ch)} × ${leaf.size}`;
      case 'deep':
        return `${leaf.depth} levels of ${leaf.of}s`;
      case 'many':
      case 'many-keys':
        return `${leaf.k === 'many' ? 'array' : 'object'} of ${leaf.n} × ${JSON.stringify(leaf.item)}`;
      case 'own-key':
        return `{ own ${JSON.stringify(leaf.key)}: ${JSON.stringify(leaf.value)} }`;
      case 'proxy-throws':
        return `Proxy whose ${leaf.trap} trap throws`;
      case 'proxy-huge-length':
        return `array Proxy of length ${leaf.length} (items ${JSON.stringify(leaf.item)})`;
      case 'sparse':
        return `sparse array of length ${leaf.length} (first item ${JSON.stringify(leaf.item)})`;
      case 'throwing-getter':
        return `getter ${JSON.stringify(leaf.key)} that throws`;
      case 'instance':
        return `instance of ${leaf.of}`;
      case 'bigint':
        return `${leaf.v}n`;
      default:
        return leaf.k;
    }
  };
  const form = (f: Form) => (f === 'value' || jsOnly(recipe) ? '' : ` (as ${f})`);
  switch (recipe.shape) {
    case 'whole':
      return `${leafText(recipe.leaf)}${form(recipe.form)}`;
    case 'text':
      return recipe.text.length > 300
        ? `text ${JSON.stringify(recipe.text.slice(0, 300))}… (${recipe.text.length} chars)`
        : `text ${JSON.stringify(recipe.text)}`;
    default: {
      const doc = recipe.shape === 'edit' ? bases[recipe.base] : recipe.doc;
      const name =
        recipe.shape === 'edit' ? recipe.base : `generated ${JSON.stringify(doc).slice(0, 120)}…`;
      const { paths } = applyEdits(doc, recipe.edits);
      const at = (e: Edit) => {
        const path = paths.get(e);
        return path ? `/${path.join('/')}` : '(not made)';
      };
      const edits = recipe.edits.map((e) => {
        switch (e.op) {
          case 'set':
            return `${at(e)} = ${leafText(e.leaf)}`;
          case 'add':
            return `${at(e)} += ${JSON.stringify(e.key)}: ${leafText(e.leaf)}`;
          case 'delete':
            return `delete ${at(e)}`;
          case 'copy':
            return `${at(e)} = copy of /${resolve(doc, e.from).join('/')}`;
          case 'stamp':
            return `${at(e)} = ${JSON.stringify(e.value)}`;
        }
      });
      return `${name}${edits.length ? ` with ${edits.join('; ')}` : ''}${form(recipe.form)}`;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Generating

/** What kinds of value a target takes: any JavaScript value, or only what JSON can hold. */
export type Domain = 'any' | 'json';

/** Keys that reach prototypes, and others that objects inherit. */
export const SPECIAL_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'then',
  '',
  'length',
];

const jsonArb = fc.jsonValue({ maxDepth: 3 });

const edgeNumber = fc.constantFrom(
  -0,
  0,
  1,
  -1,
  0.5,
  7,
  99,
  2 ** 31,
  2 ** 32 - 1,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER + 2,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e-300,
  1e300,
  Number.EPSILON,
);

const keyArb = fc.oneof(
  { arbitrary: fc.constantFrom(...SPECIAL_KEYS), weight: 3 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);

/** Values that cost much to build or walk: MBs, 10,000 levels, arrays of millions. */
export const HEAVY = [
  'huge-string',
  'deep',
  'many',
  'many-keys',
  'proxy-huge-length',
  'sparse',
] as const;

/** The heavy kinds of value in a recipe (a target can set aside those that stopped it). */
export function heavyOf(recipe: Recipe): string[] {
  const leaves =
    recipe.shape === 'text'
      ? []
      : recipe.shape === 'whole'
        ? [recipe.leaf]
        : recipe.edits.flatMap((e) => ('leaf' in e ? [e.leaf] : []));
  return [
    ...new Set(leaves.map((l) => l.k).filter((k) => (HEAVY as readonly string[]).includes(k))),
  ];
}

/** Small sizes mostly, large ones (MBs, 10,000 levels, 2^32−1) one time in four. */
const sized = (small: fc.Arbitrary<number>, large: fc.Arbitrary<number>) =>
  fc.oneof({ arbitrary: small, weight: 3 }, { arbitrary: large, weight: 1 });

/** Hostile leaves: JSON ones, and for targets that take any value, what JSON cannot hold. */
function leafArb(domain: Domain): fc.Arbitrary<Leaf> {
  const json = fc.oneof(
    { arbitrary: jsonArb.map((v): Leaf => ({ k: 'json', v })), weight: 4 },
    {
      arbitrary: fc
        .constantFrom(
          null,
          '',
          ' ',
          0,
          -1,
          3,
          'na',
          'dont-know',
          [],
          {},
          true,
          '2026-02-30T10:00:00Z',
        )
        .map((v): Leaf => ({ k: 'json', v })),
      weight: 3,
    },
    { arbitrary: edgeNumber.map((v): Leaf => ({ k: 'number', v })), weight: 2 },
    {
      arbitrary: fc
        .record({
          key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
          value: fc.oneof(
            jsonArb,
            fc.constant({ polluted: true }),
            fc.constant({ prototype: { polluted: true } }),
          ),
        })
        .map((r): Leaf => ({ k: 'own-key', ...r })),
      weight: 2,
    },
    {
      arbitrary: fc
        .record({
          size: sized(
            fc.integer({ min: 1000, max: 100_000 }),
            fc.integer({ min: 1_000_000, max: 6_000_000 }),
          ),
          ch: fc.constantFrom('x', ' ', 'é', '\u{1F600}', '\u0000', '<', '"'),
        })
        .map((r): Leaf => ({ k: 'huge-string', ...r })),
      weight: 1,
    },
    {
      arbitrary: fc
        .record({
          depth: sized(fc.integer({ min: 2, max: 100 }), fc.constant(10_000)),
          of: fc.constantFrom('array' as const, 'object' as const),
        })
        .map((r): Leaf => ({ k: 'deep', ...r })),
      weight: 1,
    },
    {
      arbitrary: fc
        .record({
          n: sized(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 10_000, max: 500_000 })),
          item: fc.constantFrom({}, null, 1, 'x', [], { value: 3 }),
        })
        .map((r): Leaf => ({ k: 'many', ...r })),
      weight: 1,
    },
    {
      arbitrary: fc
        .record({
          n: sized(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 10_000, max: 200_000 })),
          item: fc.constantFrom({}, 1, { value: 3, answeredAt: '2026-03-25T09:30:00Z' }),
        })
        .map((r): Leaf => ({ k: 'many-keys', ...r })),
      weight: 1,
    },
  );
  if (domain === 'json') return json;
  const js = fc.oneof(
    {
      arbitrary: fc.constantFrom<Leaf>(
        { k: 'nan' },
        { k: 'infinity' },
        { k: 'negative-infinity' },
        { k: 'cycle' },
        { k: 'proxy' },
        { k: 'frozen' },
        { k: 'null-prototype' },
        { k: 'inherited' },
        { k: 'symbol' },
        { k: 'symbol-key' },
        { k: 'function' },
        { k: 'undefined' },
      ),
      weight: 4,
    },
    { arbitrary: keyArb.map((key): Leaf => ({ k: 'throwing-getter', key })), weight: 2 },
    {
      arbitrary: fc.constantFrom(...PROXY_TRAPS).map((trap): Leaf => ({ k: 'proxy-throws', trap })),
      weight: 2,
    },
    {
      arbitrary: fc.constantFrom(...INSTANCES).map((of): Leaf => ({ k: 'instance', of })),
      weight: 2,
    },
    {
      arbitrary: fc
        .constantFrom('0', '1', '3', '-1', '9007199254740993', '18446744073709551616')
        .map((v): Leaf => ({ k: 'bigint', v })),
      weight: 1,
    },
    {
      arbitrary: fc
        .record({
          length: sized(
            fc.constantFrom(0, 1, 1000),
            fc.constantFrom(2 ** 32 - 1, 2 ** 31, 10_000_000),
          ),
          item: fc.constantFrom({}, null, 1, 'x'),
        })
        .map((r): Leaf => ({ k: 'proxy-huge-length', ...r })),
      weight: 1,
    },
    {
      arbitrary: fc
        .record({
          length: sized(
            fc.constantFrom(2, 100, 1000),
            fc.constantFrom(2 ** 32 - 1, 2 ** 31, 10_000_000),
          ),
          item: fc.constantFrom({}, null, 1, 'x'),
        })
        .map((r): Leaf => ({ k: 'sparse', ...r })),
      weight: 1,
    },
  );
  return fc.oneof({ arbitrary: json, weight: 3 }, { arbitrary: js, weight: 2 });
}

const pathArb = fc.array(fc.nat({ max: 10_000 }), { maxLength: 8 });

function editArb(domain: Domain): fc.Arbitrary<Edit> {
  const leaf = leafArb(domain);
  return fc.oneof(
    { arbitrary: fc.record({ op: fc.constant('set' as const), path: pathArb, leaf }), weight: 5 },
    {
      arbitrary: fc.record({ op: fc.constant('add' as const), path: pathArb, key: keyArb, leaf }),
      weight: 2,
    },
    { arbitrary: fc.record({ op: fc.constant('delete' as const), path: pathArb }), weight: 1 },
    {
      arbitrary: fc.record({ op: fc.constant('copy' as const), path: pathArb, from: pathArb }),
      weight: 1,
    },
    {
      // Dates at the edges of the calendar, and of the pattern.
      arbitrary: fc.record({
        op: fc.constant('stamp' as const),
        nth: fc.nat({ max: 1000 }),
        value: fc.oneof(
          fc.constantFrom(
            '2026-02-30T10:00:00Z',
            '2025-02-29T10:00:00Z',
            '2024-02-29T10:00:00Z',
            '2026-04-31T10:00:00Z',
            '2026-03-25T23:59:60Z',
            '2026-03-25T24:00:00Z',
            '0000-01-01T00:00:00Z',
            '9999-12-31T23:59:59.999+14:00',
            '2026-03-25T09:30:00.123456789Z',
            '2026-03-25',
            '2026-03-25T09:30Z',
          ),
          fc
            .date({
              min: new Date(Date.UTC(-1, 0, 1)),
              max: new Date(Date.UTC(10000, 0, 1)),
              noInvalidDate: true,
            })
            .map((d) => d.toISOString()),
        ),
      }),
      weight: 1,
    },
  );
}

const formArb = fc.oneof(
  { arbitrary: fc.constant<Form>('value'), weight: 6 },
  { arbitrary: fc.constant<Form>('text'), weight: 3 },
  { arbitrary: fc.constant<Form>('text-of-text'), weight: 1 },
);

/**
 * Inputs for a target: whole values, text, its documents with edits (mostly), and generated
 * valid documents with edits. `bases` names the documents; `generated` gives valid ones.
 */
export function recipeArb(options: {
  domain: Domain;
  bases: readonly string[];
  texts: Readonly<Record<string, string>>;
  generated?: fc.Arbitrary<unknown> | undefined;
}): fc.Arbitrary<Recipe> {
  const { domain, bases, texts, generated } = options;
  const edits = fc.array(editArb(domain), { minLength: 0, maxLength: 3 });
  const textArb = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.json({ maxDepth: 3 }),
    fc.constantFrom(
      '',
      ' ',
      '\uFEFF{}',
      'null',
      '"{}"',
      '[',
      '{"a":',
      'NaN',
      '1e999',
      '{"__proto__":{"polluted":1}}',
    ),
    // A document cut short, or with its text changed at one place.
    fc
      .tuple(fc.constantFrom(...Object.keys(texts)), fc.nat(), fc.string({ maxLength: 4 }))
      .map(([name, at, insert]) => {
        const text = texts[name]!;
        const cut = at % (text.length + 1);
        return insert ? `${text.slice(0, cut)}${insert}${text.slice(cut + 1)}` : text.slice(0, cut);
      }),
  );
  const arbs: { arbitrary: fc.Arbitrary<Recipe>; weight: number }[] = [
    {
      arbitrary: fc.record({
        shape: fc.constant('whole' as const),
        leaf: leafArb(domain),
        form: formArb,
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ shape: fc.constant('text' as const), text: textArb }), weight: 1 },
    {
      arbitrary: fc.record({
        shape: fc.constant('edit' as const),
        base: fc.constantFrom(...bases),
        edits,
        form: formArb,
      }),
      weight: 6,
    },
  ];
  if (generated)
    arbs.push({
      arbitrary: fc.record({
        shape: fc.constant('generated' as const),
        doc: generated,
        edits,
        form: formArb,
      }),
      weight: 3,
    });
  return fc.oneof(...arbs);
}
