/**
 * A corpus of well-known filter-evasion payloads, and the tools that put it in every text
 * field of a document and check what a page made of it. Shared by the elements' suite
 * (packages/widgets/src/shared/xss.test.ts, in Chromium) and the demo's (apps/demo/e2e/xss.e2e.ts).
 *
 * Every payload that would run calls `window.__xss(n)` (`parent.__xss(n)` from a frame), so
 * that running is seen, not guessed; the others (spreadsheet formulas, Markdown links,
 * template lookalikes) are checked in the files they would reach.
 */

/** The global a running payload calls, with its number. */
export const MARKER = '__xss';

const call = (n: number): string => `window.${MARKER}(${n})`;
const b64 = (text: string): string =>
  typeof btoa === 'function' ? btoa(text) : Buffer.from(text, 'utf8').toString('base64');

/**
 * The payloads, each a function of its number. Grouped as the filters they try to evade;
 * none has a space at either end (fields may be trimmed) and none is longer than 100
 * characters (the shortest text limits of the formats).
 */
const TEMPLATES: readonly ((n: number) => string)[] = [
  // <script> in various casings, nestings, closings and encodings.
  (n) => `<script>${call(n)}</script>`,
  (n) => `<SCRIPT>${call(n)}</SCRIPT>`,
  (n) => `<ScRiPt>${call(n)}</sCrIpT>`,
  (n) => `<script/x>${call(n)}</script>`,
  (n) => `<script src=data:,${call(n)}></script>`,
  (n) => `<<script>${call(n)}//<</script>`,
  (n) => `<scr<script>ipt>${call(n)}</scr</script>ipt>`,
  (n) => `</title><script>${call(n)}</script>`,
  (n) => `</textarea><script>${call(n)}</script>`,
  (n) => `</style><script>${call(n)}</script>`,
  (n) => `<!--<script>--><script>${call(n)}</script>`,
  (n) => `&lt;script&gt;${call(n)}&lt;/script&gt;`,
  (n) => `&#60;script&#62;${call(n)}&#60;/script&#62;`,
  (n) => `%3Cscript%3E${call(n)}%3C/script%3E`,
  (n) => `\\u003cscript\\u003e${call(n)}\\u003c/script\\u003e`,
  (n) => `\uFF1Cscript\uFF1E${call(n)}\uFF1C/script\uFF1E`,
  (n) => `<noscript><p title="</noscript><script>${call(n)}</script>">`,
  // Event-handler attributes.
  (n) => `<img src=x onerror=${call(n)}>`,
  (n) => `<IMG SRC=x OnErRoR="${call(n)}">`,
  (n) => `<img/src=x/onerror=${call(n)}>`,
  (n) => `<img src="x" onerror="&#119;indow.${MARKER}(${n})">`,
  (n) => `<img src=x onerror=\\u0077indow.${MARKER}(${n})>`,
  (n) => `<img src=x onerror=eval(atob('${b64(call(n))}'))>`,
  (n) => `<body onload=${call(n)}>`,
  (n) => `<svg onload=${call(n)}>`,
  (n) => `<svg/onload=${call(n)}//`,
  (n) => `<details open ontoggle=${call(n)}>`,
  (n) => `<input autofocus onfocus=${call(n)}>`,
  (n) => `<select autofocus onfocus=${call(n)}></select>`,
  (n) => `<textarea autofocus onfocus=${call(n)}></textarea>`,
  (n) => `<video><source onerror=${call(n)}></video>`,
  (n) => `<audio src=x onerror=${call(n)}>`,
  (n) => `<marquee onstart=${call(n)}>x</marquee>`,
  (n) => `<div onpointerover=${call(n)}>x</div>`,
  (n) => `<object data=x onerror=${call(n)}></object>`,
  (n) => `<style onload=${call(n)}></style>`,
  (n) => `<link rel=stylesheet href=x onerror=${call(n)}>`,
  // javascript:, vbscript: and data: URLs, with white space, entities and mixed case.
  (n) => `<a href="javascript:${call(n)}">x</a>`,
  (n) => `<a href="JaVaScRiPt:${call(n)}">x</a>`,
  (n) => `<a href=" &#14; javascript:${call(n)}">x</a>`,
  (n) => `<a href="java&#x09;script:${call(n)}">x</a>`,
  (n) => `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;:${call(n)}">x</a>`,
  (n) => `<a href="vbscript:msgbox(${n})">x</a>`,
  (n) => `<a href="data:text/html,<script>${call(n)}</script>">x</a>`,
  (n) => `<a href="data:text/html;base64,${b64(`<script>${call(n)}</script>`)}">x</a>`,
  (n) => `javascript:${call(n)}`,
  (n) => `JAVASCRIPT:${call(n)}`,
  (n) => `java\tscript:${call(n)}`,
  (n) => `\u0001javascript:${call(n)}`,
  (n) => `vbscript:msgbox(${n})`,
  (n) => `data:text/html,<script>${call(n)}</script>`,
  (n) => `<form action="javascript:${call(n)}"><button>x</button></form>`,
  (n) => `<button formaction="javascript:${call(n)}">x</button>`,
  (n) => `<iframe src="javascript:${call(n)}"></iframe>`,
  (n) => `<iframe srcdoc="<script>parent.${MARKER}(${n})</script>"></iframe>`,
  (n) => `<iframe srcdoc="&lt;img src=x onerror=parent.${MARKER}(${n})&gt;">`,
  (n) => `<embed src="data:text/html,<script>parent.${MARKER}(${n})</script>">`,
  // SVG and MathML.
  (n) => `<svg><script>${call(n)}</script></svg>`,
  (n) => `<svg><a xlink:href="javascript:${call(n)}"><text y=9>x</text></a></svg>`,
  (n) => `<svg><animate onbegin=${call(n)} attributeName=x dur=1s>`,
  (n) => `<svg><set attributeName=onload to=${call(n)} />`,
  (n) => `<svg><foreignObject><img src=x onerror=${call(n)}></foreignObject></svg>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${call(n)}>`,
  (n) => `<math href="javascript:${call(n)}">x</math>`,
  // <template>, <style>, <base>, <meta http-equiv=refresh>.
  (n) => `<template><img src=x onerror=${call(n)}></template>`,
  (n) => `<style>@import 'javascript:${call(n)}';</style>`,
  (n) => `<base href="javascript:${call(n)}//">`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:${call(n)}">`,
  // Breaking out of an attribute, a comment, a CDATA section or an element.
  (n) => `"><img src=x onerror=${call(n)}>`,
  (n) => `'><img src=x onerror=${call(n)}>`,
  (n) => `" onmouseover="${call(n)}" x="`,
  (n) => `' autofocus onfocus='${call(n)}' x='`,
  (n) => `\`><img src=x onerror=${call(n)}>`,
  (n) => `--><img src=x onerror=${call(n)}>`,
  (n) => `]]><img src=x onerror=${call(n)}>`,
  (n) => `</dtc-results><img src=x onerror=${call(n)}>`,
  // Unicode: right-to-left override, zero-width characters, byte-order mark, line separators.
  (n) => `\u202E<img src=x onerror=${call(n)}>\u202C`,
  (n) => `\u202Egnp.exe\u202Cjavascript:${call(n)}`,
  (n) => `jav\u200Bascript:${call(n)}`,
  (n) => `<scr\u200Dipt>${call(n)}</scr\u200Dipt>`,
  (n) => `\uFEFF<script>${call(n)}</script>`,
  (n) => `\u2028<script>${call(n)}</script>\u2029`,
  // CSS: expression(), url(javascript:), breaking out of a declaration.
  (n) => `<div style="background:url(javascript:${call(n)})">x</div>`,
  (n) => `<div style="width:expression(${call(n)})">x</div>`,
  (n) => `<style>*{background:url("javascript:${call(n)}")}</style>`,
  (n) => `x;background-image:url(javascript:${call(n)})`,
  (n) => `red;}</style><script>${call(n)}</script>`,
  // Markdown links and autolinks (the plan's Markdown file).
  (n) => `[click](javascript:${call(n)})`,
  (n) => `[click](JaVaScRiPt:${call(n)} "t")`,
  (n) => `![x](javascript:${call(n)})`,
  (n) => `<javascript:${call(n)}>`,
  (n) => `[x][r]\n\n[r]: javascript:${call(n)}`,
  (n) => `[a](data:text/html;base64,${b64(`<script>${call(n)}</script>`)})`,
  // Spreadsheet formulas (the CSV files).
  (n) => `=HYPERLINK("javascript:${call(n)}","x")`,
  (n) => `+HYPERLINK("javascript:${call(n)}")`,
  (n) => `-2+3+cmd|' /C ${call(n)}'!A0`,
  (n) => `@SUM(1+1)*cmd|' /C ${call(n)}'!A0`,
  (n) => `\t=HYPERLINK("javascript:${call(n)}")`,
  (n) => `\r=HYPERLINK("javascript:${call(n)}")`,
  (n) => `\n=HYPERLINK("javascript:${call(n)}")`,
  (n) => `\u00A0=HYPERLINK("javascript:${call(n)}")`,
  (n) => `"=HYPERLINK(""javascript:${call(n)}"")"`,
  // Template literals and template-language lookalikes (ICU arguments too).
  (n) => `\${${call(n)}}`,
  (n) => `{{constructor.constructor('${call(n)}')()}}`,
  (n) => `#{${call(n)}}`,
  (n) => `<%= ${call(n)} %>`,
  (n) => `{n, plural, one {# ${n}} other {{x}}}`,
  (n) => `{${MARKER}${n}}`,
  // URLs that pass a loose link pattern (evidence links).
  (n) => `https://example.org/"><svg/onload=${call(n)}>`,
  (n) => `http://<script>${call(n)}</script>`,
  (n) => `https://example.org/#<img/src=x/onerror=${call(n)}>`,
  (n) => `https://example.org/'onmouseover='${call(n)}`,
];

/** The corpus: payload `n` (0-based) calls the marker with `n`. */
export const PAYLOADS: readonly string[] = TEMPLATES.map((make, n) => make(n));

/** The payloads a link field takes: those shaped like an http(s) URL. */
export const URL_PAYLOADS: readonly number[] = PAYLOADS.flatMap((p, n) =>
  /^https?:\/\/\S+$/i.test(p) ? [n] : [],
);

// ── Documents: every text field ──────────────────────────────────────────

export type Path = (string | number)[];

/** The kind of a string field, read from the schema. */
export type FieldKind = 'text' | 'url' | 'other';

interface ZodLike {
  _zod: { def: Record<string, unknown> & { type: string } };
}

/** Field names that hold ids although their schema is a free string. */
const ID_NAMES = new Set(['id', 'action', 'dependsOn', 'assessment']);

/**
 * Every string field of a schema, as a pattern (`pillars[].title.*`: `[]` for an array's
 * items, `*` for a record's values) with its kind: `text` for free text (no pattern, or
 * only "not empty"), `url` for a link (an http(s) pattern), `other` for ids, codes and
 * dates. Read from the zod (mini) definitions, so a field added to the schema is listed.
 */
export function schemaFields(
  schema: unknown,
  patterns: { nonEmpty: { re: RegExp }; url: { re: RegExp } },
): Map<string, FieldKind> {
  const out = new Map<string, FieldKind>();
  const seen = new Set<unknown>();
  const rank = { other: 0, url: 1, text: 2 } as const;
  const put = (path: string, kind: FieldKind): void => {
    const before = out.get(path);
    if (!before || rank[kind] > rank[before]) out.set(path, kind);
  };
  const walk = (node: unknown, path: string, name: string): void => {
    const def = (node as ZodLike | undefined)?._zod?.def;
    if (!def) return;
    switch (def.type) {
      case 'object': {
        if (seen.has(node)) return;
        seen.add(node);
        const shape = def.shape as Record<string, unknown>;
        for (const [key, value] of Object.entries(shape)) {
          walk(value, path ? `${path}.${key}` : key, key);
        }
        seen.delete(node);
        return;
      }
      case 'array':
        return walk(def.element, `${path}[]`, name);
      case 'record':
        return walk(def.valueType, `${path}.*`, name);
      case 'union':
        for (const option of def.options as unknown[]) walk(option, path, name);
        return;
      case 'pipe':
        return walk(def.in, path, name);
      case 'lazy':
        return walk((def.getter as () => unknown)(), path, name);
      case 'string': {
        if (ID_NAMES.has(name)) return put(path, 'other');
        const regexes = ((def.checks as ZodLike[] | undefined) ?? [])
          .map((c) => c._zod.def.pattern)
          .filter((p): p is RegExp => p instanceof RegExp)
          .map(String);
        const other = regexes.filter(
          (r) => r !== String(patterns.nonEmpty.re) && r !== String(patterns.url.re),
        );
        if (other.length) return put(path, 'other');
        return put(path, regexes.includes(String(patterns.url.re)) ? 'url' : 'text');
      }
      default:
        if ('innerType' in def) return walk(def.innerType, path, name);
    }
  };
  walk(schema, '', '');
  return out;
}

/** Every string in a value, with its path and its pattern (as `schemaFields` writes it). */
export function stringLeaves(value: unknown): { path: Path; pattern: string }[] {
  const out: { path: Path; pattern: string }[] = [];
  const walk = (v: unknown, path: Path, pattern: string): void => {
    if (typeof v === 'string') out.push({ path, pattern });
    else if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i], `${pattern}[]`));
    else if (v && typeof v === 'object') {
      const record = Object.getPrototypeOf(v) === Object.prototype;
      if (!record) return;
      for (const [key, item] of Object.entries(v)) {
        walk(item, [...path, key], pattern ? `${pattern}.${key}` : key);
      }
    }
  };
  walk(value, [], '');
  return out;
}

/** `answers.q1.comment` for a pattern `answers.*.comment` (records' keys are not fields). */
export function matchesPattern(concrete: string, pattern: string): boolean {
  const a = concrete.split('.');
  const b = pattern.split('.');
  return a.length === b.length && b.every((part, i) => part === '*' || part === a[i]);
}

export const pathKey = (path: Path): string => path.map(String).join('/');

function setAt(root: unknown, path: Path, value: string): void {
  let node = root as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
}

/** An issue's path (as the `parse*` functions report it) touches a field when one holds the other. */
const touches = (issue: Path, field: Path): boolean => {
  const n = Math.min(issue.length, field.length);
  for (let i = 0; i < n; i++) if (String(issue[i]) !== String(field[i])) return false;
  return true;
};

export interface Check {
  (doc: unknown): { ok: true } | { ok: false; issues: readonly { path: Path; code?: string }[] };
}

interface Field {
  path: Path;
  key: string;
  pattern: string;
  kind: FieldKind;
  /** The payloads this field is given, in turn. */
  queue: number[];
  /** Next payload of the queue to place. */
  cursor: number;
  /** Payloads placed so far (each once). */
  placed: Set<number>;
  /** Payloads the document's checks refused here (an id, a choice, a link pattern…). */
  refused: number;
  /** The longest value known to be refused (a length limit learned from the checks). */
  tooLong: number;
}

/** One document of a round: the poisoned value, and the text put in each field. */
export interface Round<T> {
  doc: T;
  /** Field key (`pathKey`) → the text in it this round. */
  values: Map<string, string>;
}

export interface PoisonOptions {
  /** The kind of each field pattern (from `schemaFields`); unknown patterns are free text. */
  kinds?: Map<string, FieldKind>;
  /** At most this many payloads in one field at a time (joined by a space). */
  perField?: number;
  /** Where in the corpus each field starts (so short fields differ from round to round). */
  offset?: number;
}

/**
 * Puts the corpus into every text field of a valid document, round after round, keeping it
 * valid: a value the document's own check (`parse*`) refuses is taken out again (its
 * field holds an id, a code or a date) or shortened (a length limit). Ids and fields the
 * schema marks as codes are left as they are.
 */
export class Poisoner<T> {
  readonly fields: Field[];
  private readonly perField: number;

  constructor(
    readonly base: T,
    private readonly check: Check,
    options: PoisonOptions = {},
  ) {
    this.perField = options.perField ?? 4;
    const offset = options.offset ?? 0;
    const kindOf = (pattern: string): FieldKind => {
      if (!options.kinds) return 'text';
      const name =
        pattern
          .split(/[.[\]]+/)
          .filter(Boolean)
          .at(-1) ?? '';
      if (ID_NAMES.has(name)) return 'other';
      for (const [p, kind] of options.kinds) if (matchesPattern(pattern, p)) return kind;
      return 'text';
    };
    this.fields = stringLeaves(base)
      .map(({ path, pattern }, i) => {
        const kind = kindOf(pattern);
        const all = kind === 'url' ? [...URL_PAYLOADS] : PAYLOADS.map((_, n) => n);
        const start = (i * 7 + offset) % all.length;
        return {
          path,
          key: pathKey(path),
          pattern,
          kind,
          queue: [...all.slice(start), ...all.slice(0, start)],
          cursor: 0,
          placed: new Set<number>(),
          refused: 0,
          tooLong: Infinity,
        };
      })
      .filter((f) => f.kind !== 'other');
  }

  /** Whether every field has been given every payload it takes. */
  get done(): boolean {
    return this.fields.every((f) => f.cursor >= f.queue.length);
  }

  /** Fields that took at least one payload. */
  get textFields(): Field[] {
    return this.fields.filter((f) => f.placed.size > 0);
  }

  /** (payload, field) pairs placed so far. */
  get pairs(): number {
    return this.fields.reduce((n, f) => n + f.placed.size, 0);
  }

  /** The next round: each unfinished field takes its next payloads; `null` when all are done. */
  next(): Round<T> | null {
    if (this.done) return null;
    // Payloads a field holds this round: indices into its queue, from its cursor.
    const taking = new Map<Field, number[]>();
    const pack = (f: Field): number[] => {
      const out: number[] = [];
      let length = -1;
      for (let i = f.cursor; i < f.queue.length && out.length < this.perField; i++) {
        const next = length + 1 + PAYLOADS[f.queue[i]!]!.length;
        if (out.length && next >= f.tooLong) break;
        out.push(i);
        length = next;
      }
      return out;
    };
    for (const f of this.fields) if (f.cursor < f.queue.length) taking.set(f, pack(f));
    const valueOf = (f: Field, at: number[]): string =>
      at.map((i) => PAYLOADS[f.queue[i]!]!).join(' ');
    for (let attempt = 0; ; attempt++) {
      const doc = structuredClone(this.base);
      const values = new Map<string, string>();
      for (const [f, at] of taking) {
        const value = valueOf(f, at);
        setAt(doc, f.path, value);
        values.set(f.key, value);
      }
      const result = this.check(doc);
      if (result.ok) {
        for (const [f, at] of taking) {
          for (const i of at) f.placed.add(f.queue[i]!);
          f.cursor = at.at(-1)! + 1;
        }
        return { doc, values };
      }
      const blamed = new Set<Field>();
      for (const issue of result.issues) {
        // The count of issues past the listed ones names no field: those are blamed on a
        // later attempt, once the listed ones are out of the way.
        if (issue.code === 'too-many-issues') continue;
        for (const f of taking.keys()) if (touches(issue.path, f.path)) blamed.add(f);
      }
      if (!blamed.size || attempt > 200) {
        throw new Error(
          `The document's checks refused it for a reason no field explains: ${JSON.stringify(result.issues.slice(0, 3))}`,
        );
      }
      for (const f of blamed) {
        const at = taking.get(f)!;
        if (at.length > 1) {
          // Too long together (or one of them is refused): try fewer at once.
          f.tooLong = Math.min(f.tooLong, valueOf(f, at).length);
          taking.set(f, at.slice(0, Math.max(1, Math.floor(at.length / 2))));
          continue;
        }
        // This one payload is refused here: skip it. A field that refuses its first few
        // and took none holds a code (an answer to a choice, a level): leave it.
        f.refused++;
        f.cursor = at[0]! + 1;
        taking.delete(f);
        if (!f.placed.size && f.refused >= 3) f.cursor = f.queue.length;
      }
    }
  }
}

/**
 * Schema text fields (`schemaFields`) that the document never held text in: a new field of
 * the format that the test's fixture should fill.
 */
export function uncovered(kinds: Map<string, FieldKind>, poisoner: Poisoner<unknown>): string[] {
  const covered = poisoner.textFields.map((f) => f.pattern);
  return [...kinds]
    .filter(([, kind]) => kind !== 'other')
    .map(([pattern]) => pattern)
    .filter((pattern) => !covered.some((c) => matchesPattern(c, pattern)));
}

/** The same document with a harmless, distinct word in each text field: where each is shown. */
export function tracer<T>(base: T, fields: readonly Field[], tag: string): Round<T> {
  const doc = structuredClone(base);
  const values = new Map<string, string>();
  fields.forEach((f, i) => {
    const word = f.kind === 'url' ? `https://example.org/${tag}${i}z` : `${tag}${i}z`;
    setAt(doc, f.path, word);
    values.set(f.key, word);
  });
  return { doc, values };
}

// ── What a page made of it ──────────────────────────────────────────────

/** What `auditPage` found under a root (through shadow roots and same-origin frames). */
export interface Audit {
  /** How many elements of each tag a payload could bring. */
  tags: Record<string, number>;
  /** Attributes whose name starts with `on`: `tag[name]`. */
  handlers: string[];
  /** URL attributes with a scheme other than http, https or mailto: `tag[name]=value`. */
  links: string[];
  /** Texts shown: text nodes, form control values, and accessible names and descriptions. */
  texts: string[];
}

/**
 * Audits a document or element tree. Self-contained (no reference outside its body), so that
 * Playwright can run it in a page: `page.evaluate(auditPage, selector)`.
 */
export function auditPage(selector: string | null = null): Audit {
  const WATCHED = [
    'script',
    'img',
    'iframe',
    'frame',
    'object',
    'embed',
    'style',
    'link',
    'base',
    'meta',
    'form',
    'template',
    'video',
    'audio',
    'source',
    'details',
    'marquee',
    'math',
    'foreignobject',
    'animate',
    'set',
    'noscript',
    'textarea',
    'select',
    'input',
    'button',
    'a',
    'svg',
    'body',
  ];
  const URL_ATTRIBUTES = new Set([
    'href',
    'xlink:href',
    'src',
    'action',
    'formaction',
    'data',
    'poster',
    'background',
    'srcdoc',
    'ping',
  ]);
  const TEXT_ATTRIBUTES = [
    'aria-label',
    'aria-description',
    'aria-valuetext',
    'title',
    'alt',
    'placeholder',
  ];
  const tags: Record<string, number> = {};
  for (const t of WATCHED) tags[t] = 0;
  const handlers: string[] = [];
  const links: string[] = [];
  const texts: string[] = [];
  const inspect = (el: Element): void => {
    const tag = el.localName.toLowerCase();
    if (tag in tags) tags[tag]!++;
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) handlers.push(`${tag}[${name}]`);
      if (URL_ATTRIBUTES.has(name)) {
        // As a browser reads a URL: C0 controls and spaces trimmed, tabs and newlines dropped.
        const v = attr.value
          // eslint-disable-next-line no-control-regex
          .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
          .replace(/[\t\n\r]/g, '');
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v)?.[1]?.toLowerCase();
        if (name === 'srcdoc' || (scheme && !['http', 'https', 'mailto'].includes(scheme))) {
          links.push(`${tag}[${name}]=${attr.value.slice(0, 80)}`);
        }
      }
    }
    for (const name of TEXT_ATTRIBUTES) {
      const v = el.getAttribute(name);
      if (v) texts.push(v);
    }
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      if (el.value) texts.push(el.value);
    }
    if (el.shadowRoot) visit(el.shadowRoot);
    if (el instanceof HTMLIFrameElement) {
      try {
        if (el.contentDocument) visit(el.contentDocument);
      } catch {
        // Another origin: its content is not ours to read (its src is checked above).
      }
    }
  };
  const visit = (root: Document | ShadowRoot | Element): void => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) {
        const data = (node as Text).data;
        if (data.trim()) texts.push(data);
      } else inspect(node as Element);
    }
  };
  const start = selector ? document.querySelector(selector) : document.documentElement;
  if (start) {
    inspect(start);
    visit(start);
  }
  return { tags, handlers, links, texts };
}

/** Tags that an audit found more of than in the same page without payloads. */
export function extraTags(audit: Audit, baseline: Audit): string[] {
  return Object.entries(audit.tags)
    .filter(([tag, n]) => n > (baseline.tags[tag] ?? 0))
    .map(([tag, n]) => `${tag}: ${n} (without payloads ${baseline.tags[tag] ?? 0})`);
}

/**
 * Text as a form control holds it: a single-line input drops line breaks, a textarea
 * reads CRLF and CR as LF.
 */
const asControl = (value: string): string[] => [
  value.replace(/\r\n?/g, '\n'),
  value.replace(/[\r\n]/g, ''),
];

/** Whether `value` is shown as it is, in one of the texts. */
export function shownVerbatim(texts: readonly string[], value: string): boolean {
  const forms = [value, ...asControl(value)];
  return texts.some((t) => forms.some((v) => t.includes(v)));
}

/** Which of the tracer's words the texts show: the fields a view shows. */
export function shownFields(texts: readonly string[], trace: Round<unknown>): string[] {
  const all = texts.join('\u0000');
  return [...trace.values].filter(([, word]) => all.includes(word)).map(([key]) => key);
}

// ── Files ───────────────────────────────────────────────────────────────

/** The fields of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function csvCells(csv: string): string[] {
  const cells: string[] = [];
  let i = csv.startsWith('\uFEFF') ? 1 : 0;
  while (i < csv.length) {
    let cell = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (i >= csv.length) break;
        if (csv[i] === '"') {
          if (csv[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += csv[i++];
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r' && csv[i] !== '\n') {
        cell += csv[i++];
      }
    }
    cells.push(cell);
    if (csv[i] === ',') i++;
    else if (csv[i] === '\r' && csv[i + 1] === '\n') i += 2;
    else if (csv[i] === '\n' || csv[i] === '\r') i++;
  }
  return cells;
}

/**
 * Cells a spreadsheet would read as a formula: after any leading white space or control
 * characters (which some spreadsheets trim on import), a `=`, `+`, `-` or `@`. A cell
 * that is only a number (`-3`, `+1.5`) is a number, not a formula.
 */
export function formulaCells(csv: string): string[] {
  return csvCells(csv).filter((cell) => {
    const rest = cell.replace(/^[\s\p{Cc}\p{Cf}]+/u, '');
    return /^[=+\-@]/.test(rest) && !/^[+-]?\d+(\.\d+)?$/.test(rest.trim());
  });
}

/**
 * Markup characters of a Markdown text that are not escaped (`[`, `]`, `<`, `>`): the
 * characters a link, an image, an autolink or raw HTML needs. An exporter that escapes
 * every one of them writes no link at all, `javascript:` or other.
 */
export function unescapedMarkup(markdown: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if ('[]<>'.includes(c)) found.push(markdown.slice(Math.max(0, i - 30), i + 30));
  }
  return found;
}
