/**
 * A small ICU MessageFormat subset: `{name}`, `{n, number}`, `{n, number, percent}`,
 * `{n, number, integer}`, `{n, plural, =0 {…} one {# item} other {# items}}` and
 * `{key, select, a {…} other {…}}`. Plurals use `Intl.PluralRules`, numbers
 * `Intl.NumberFormat`. ASCII apostrophes are literal (no ICU quoting), so French
 * text can use them freely.
 */
import { direction } from './locale.js';
import { formatPlain, formatter } from './number.js';

export type MessageValues = Readonly<Record<string, string | number>>;

type Node =
  | string
  | { kind: 'arg'; name: string }
  | { kind: 'number'; name: string; style: 'decimal' | 'percent' | 'integer' }
  | { kind: 'pound' }
  | { kind: 'plural'; name: string; offset: number; cases: Map<string, Node[]> }
  | { kind: 'select'; name: string; cases: Map<string, Node[]> };

export class MessageSyntaxError extends Error {
  constructor(message: string, source: string, at: number) {
    super(`${message} at ${at} in "${source}"`);
    this.name = 'MessageSyntaxError';
  }
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node[] {
    const nodes = this.message(false, false);
    if (this.i < this.src.length) this.fail('Unexpected "}"');
    return nodes;
  }

  private fail(what: string): never {
    throw new MessageSyntaxError(what, this.src, this.i);
  }

  private message(nested: boolean, inPlural: boolean): Node[] {
    const nodes: Node[] = [];
    let text = '';
    while (this.i < this.src.length) {
      const ch = this.src[this.i]!;
      if (ch === '}') {
        if (!nested) this.fail('Unexpected "}"');
        break;
      }
      if (ch === '{') {
        if (text) nodes.push(text);
        text = '';
        this.i++;
        nodes.push(this.argument());
        continue;
      }
      if (ch === '#' && inPlural) {
        if (text) nodes.push(text);
        text = '';
        nodes.push({ kind: 'pound' });
        this.i++;
        continue;
      }
      text += ch;
      this.i++;
    }
    if (text) nodes.push(text);
    return nodes;
  }

  private skipSpace(): void {
    while (/\s/.test(this.src[this.i] ?? '')) this.i++;
  }

  private word(): string {
    this.skipSpace();
    const m = /^[^\s,{}]+/.exec(this.src.slice(this.i));
    if (!m) this.fail('Expected a name');
    this.i += m[0].length;
    this.skipSpace();
    return m[0];
  }

  private expect(ch: string): void {
    this.skipSpace();
    if (this.src[this.i] !== ch) this.fail(`Expected "${ch}"`);
    this.i++;
  }

  private argument(): Node {
    const name = this.word();
    if (this.src[this.i] === '}') {
      this.i++;
      return { kind: 'arg', name };
    }
    this.expect(',');
    const type = this.word();
    if (type === 'number') {
      let style: 'decimal' | 'percent' | 'integer' = 'decimal';
      if (this.src[this.i] === ',') {
        this.i++;
        const s = this.word();
        if (s !== 'percent' && s !== 'integer') this.fail(`Unknown number style "${s}"`);
        style = s;
      }
      this.expect('}');
      return { kind: 'number', name, style };
    }
    if (type !== 'plural' && type !== 'select') this.fail(`Unknown argument type "${type}"`);
    this.expect(',');
    let offset = 0;
    const cases = new Map<string, Node[]>();
    this.skipSpace();
    while (this.src[this.i] !== '}') {
      if (this.i >= this.src.length) this.fail('Unclosed argument');
      let key = this.word();
      if (type === 'plural' && key.startsWith('offset:')) {
        offset = Number(key.slice(7));
        continue;
      }
      if (key.startsWith('=')) key = `=${Number(key.slice(1))}`;
      this.expect('{');
      cases.set(key, this.message(true, type === 'plural'));
      this.expect('}');
      this.skipSpace();
    }
    this.i++;
    if (!cases.has('other')) this.fail(`A ${type} needs an "other" case`);
    return type === 'plural'
      ? { kind: 'plural', name, offset, cases }
      : { kind: 'select', name, cases };
  }
}

const cache = new Map<string, Node[]>();

function parse(message: string): Node[] {
  let nodes = cache.get(message);
  if (!nodes) {
    nodes = new Parser(message).parse();
    cache.set(message, nodes);
  }
  return nodes;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const PERCENT = { style: 'percent', maximumFractionDigits: 0 } as const;

/** A number as a message shows it, in one of the styles of `{n, number, style}`. */
function formatNumberIn(
  locale: string,
  style: 'decimal' | 'percent' | 'integer',
  value: number,
): string {
  if (style === 'percent') return formatter(locale, PERCENT).format(value);
  return formatPlain(locale, value, style === 'integer' ? 0 : 1);
}

function plural(locale: string, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(n);
}

/** The value of a placeholder: own properties only (`{constructor}` is not Object's). */
function valueOf(values: MessageValues, name: string): MessageValues[string] | undefined {
  return Object.hasOwn(values, name) ? values[name] : undefined;
}

/**
 * `text` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE (U+2068, U+2069): it takes
 * the direction of its first letter and does not reorder the text around it (a Latin name with
 * a trailing "!" inside Arabic). Both marks are invisible; an empty text stays empty. For text
 * that cannot take markup (`<bdi>`), such as message values and SVG text.
 */
export const isolate = (text: string): string => (text ? `\u2068${text}\u2069` : text);

function render(
  nodes: readonly Node[],
  values: MessageValues,
  locale: string,
  pound: number | null,
  isolating: boolean,
): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += node;
      continue;
    }
    switch (node.kind) {
      case 'arg': {
        const v = valueOf(values, node.name);
        out +=
          v === undefined
            ? `{${node.name}}`
            : typeof v === 'number'
              ? formatNumberIn(locale, 'decimal', v)
              : isolating
                ? isolate(v)
                : v;
        break;
      }
      case 'number': {
        const v = Number(valueOf(values, node.name));
        out += Number.isFinite(v) ? formatNumberIn(locale, node.style, v) : `{${node.name}}`;
        break;
      }
      case 'pound':
        out += pound === null ? '#' : formatNumberIn(locale, 'decimal', pound);
        break;
      case 'plural': {
        const n = Number(valueOf(values, node.name) ?? 0) - node.offset;
        const branch =
          node.cases.get(`=${n + node.offset}`) ??
          node.cases.get(plural(locale, n)) ??
          node.cases.get('other')!;
        out += render(branch, values, locale, n, isolating);
        break;
      }
      case 'select': {
        const branch =
          node.cases.get(String(valueOf(values, node.name))) ?? node.cases.get('other')!;
        out += render(branch, values, locale, pound, isolating);
        break;
      }
    }
  }
  return out;
}

/**
 * Formats an ICU-subset message with values, in a locale. Throws MessageSyntaxError on a
 * malformed message. In a right-to-left locale each text value is isolated (between U+2068
 * and U+2069), so that a Latin name, a URL or a code inside Arabic keeps its own direction and
 * does not reorder the words around it; numbers are formatted for the locale.
 */
export function formatMessage(message: string, values: MessageValues = {}, locale = 'en'): string {
  return render(parse(message), values, locale, null, direction(locale) === 'rtl');
}

/** The argument names a message uses, sorted; used to check that translations keep placeholders. */
export function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string' || node.kind === 'pound') continue;
      names.add(node.name);
      if (node.kind === 'plural' || node.kind === 'select')
        for (const branch of node.cases.values()) walk(branch);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

/**
 * The cases of every plural of a message, in order: `[{ name: 'count', cases: ['=0', 'one',
 * 'other'] }]`. For tools that check a translation gives each plural category its language
 * needs (`Intl.PluralRules(locale).resolvedOptions().pluralCategories`). Throws
 * `MessageSyntaxError` for a malformed message.
 */
export function pluralCases(message: string): { name: string; cases: string[] }[] {
  const found: { name: string; cases: string[] }[] = [];
  const walk = (nodes: readonly Node[]): void => {
    for (const node of nodes) {
      if (typeof node === 'string' || (node.kind !== 'plural' && node.kind !== 'select')) continue;
      if (node.kind === 'plural') found.push({ name: node.name, cases: [...node.cases.keys()] });
      for (const branch of node.cases.values()) walk(branch);
    }
  };
  walk(parse(message));
  return found;
}

/** What stands for a placeholder (`{name}`, `#`, a plural or a select) in `textRuns`. */
export const PLACEHOLDER = '\uFFFC';

/**
 * The text a reader may see of a message, without its ICU syntax: the message with each
 * placeholder as `PLACEHOLDER`, then the text of every plural and select case, each the same
 * way. Used to check a catalog's typography (see typography.ts).
 */
export function textRuns(message: string): string[] {
  const runs: string[] = [];
  const walk = (nodes: readonly Node[]): void => {
    let run = '';
    for (const node of nodes) {
      if (typeof node === 'string') run += node;
      else {
        run += PLACEHOLDER;
        if (node.kind === 'plural' || node.kind === 'select')
          for (const branch of node.cases.values()) walk(branch);
      }
    }
    runs.push(run);
  };
  walk(parse(message));
  return runs;
}
