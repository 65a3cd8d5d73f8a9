/**
 * XML in and out for the forms: escaping for the XForm writer, and reading ODK submission
 * instances with @xmldom/xmldom's DOMParser. Every warning or error of the parser makes the
 * document malformed (it would otherwise guess, e.g. close an element that is not closed),
 * reported with its line and column. A document with a DOCTYPE is refused before anything
 * else: a submission has none, and refusing it rules out entity declarations (external
 * entities that read files, entities that expand without bound).
 */
import { DOMParser } from '@xmldom/xmldom';

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** Why a document was not read, and where: `line` and `column` count from 1. */
export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }

  /** "line 3, column 7: …", or the message alone when the parser gave no position. */
  get located(): string {
    if (this.line === undefined) return this.message;
    return `line ${this.line}${this.column !== undefined ? `, column ${this.column}` : ''}: ${this.message}`;
  }
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_TYPE_NODE = 10;

/** The parser's words for some of its messages, in the words of this tool. */
const CLEARER: readonly [RegExp, string][] = [
  [/^unclosed xml attribute$/, 'an element that is not closed, or closed under another name'],
  [/^entity not found:(.*)$/, 'the entity "$1", which XML does not define'],
  [/^invalid doc source$/, 'no XML'],
];

/** Splits "[xmldom error]\tentity not found:&x;\n@#[line:3,col:7]" into message and place. */
function located(raw: string): XmlSyntaxError {
  const place = /\n@[^\n]*#\[line:(\d+),col:(\d+|undefined)\]\s*$/.exec(raw);
  let message = (place ? raw.slice(0, place.index) : raw)
    .replace(/^\[xmldom \w+\]\t/, '')
    .replace(/^element parse error: (Error: )?/, '')
    .trim();
  for (const [pattern, clearer] of CLEARER)
    if (pattern.test(message)) {
      message = message.replace(pattern, clearer);
      break;
    }
  const line = place && Number(place[1]) > 0 ? Number(place[1]) : undefined;
  const column = place && place[2] !== 'undefined' ? Number(place[2]) : undefined;
  return new XmlSyntaxError(message, line, line === undefined ? undefined : column);
}

interface Positioned {
  lineNumber?: number;
  columnNumber?: number;
}

/**
 * Parses `source` and returns its root element; throws {@link XmlSyntaxError} (with the line
 * and column) for a DOCTYPE, for anything the parser warns of, and for text outside the root.
 */
export function parseXml(source: string): Element {
  if (source.trim() === '') throw new XmlSyntaxError('the file is empty');
  textBeforeRoot(source);
  const problems: XmlSyntaxError[] = [];
  let document: Document | undefined;
  try {
    document = new DOMParser({
      locator: {},
      errorHandler: (_level: string, message: unknown) => {
        problems.push(located(String(message)));
      },
    }).parseFromString(source, 'text/xml');
  } catch (error) {
    // A fatal error the parser throws instead of reporting (it carries its locator).
    const e = error as Error & { locator?: Positioned };
    problems.push(
      new XmlSyntaxError(
        located(e.message).message,
        e.locator?.lineNumber,
        e.locator?.columnNumber,
      ),
    );
  }
  const nodes = document ? Array.from(document.childNodes) : [];
  const doctype = nodes.find((n) => n.nodeType === DOCUMENT_TYPE_NODE) as
    (Node & Positioned) | undefined;
  if (doctype)
    throw new XmlSyntaxError(
      'a DOCTYPE, which a submission does not have (refused: its entity declarations could read files or expand without bound)',
      doctype.lineNumber,
      doctype.columnNumber,
    );
  if (problems.length) throw problems[0]!;
  const stray = nodes.find(
    (n) =>
      (n.nodeType === TEXT_NODE || n.nodeType === CDATA_SECTION_NODE) &&
      (n.nodeValue ?? '').trim() !== '',
  ) as (Node & Positioned) | undefined;
  if (stray) {
    // The parser gives such text no position: find it in the source.
    const text = (stray.nodeValue ?? '').trim();
    const at = stray.lineNumber ? -1 : source.lastIndexOf(text);
    const before = source.slice(0, Math.max(at, 0));
    throw new XmlSyntaxError(
      'text outside the root element',
      stray.lineNumber ?? (at < 0 ? undefined : before.split('\n').length),
      stray.columnNumber ?? (at < 0 ? undefined : at - before.lastIndexOf('\n')),
    );
  }
  const root = document?.documentElement;
  if (!root) throw new XmlSyntaxError('no root element');
  return root;
}

/** Text before the root element, which the parser drops without a word: refused here. */
function textBeforeRoot(source: string): void {
  let at = 0;
  for (;;) {
    while (at < source.length && /\s/.test(source[at]!)) at += 1;
    const close = source.startsWith('<?', at) ? '?>' : source.startsWith('<!--', at) ? '-->' : '';
    const end = close ? source.indexOf(close, at) : -1;
    if (end < 0) break; // the root, a DOCTYPE, or what the parser reports itself
    at = end + close.length;
  }
  if (at < source.length && source[at] !== '<') {
    const before = source.slice(0, at);
    throw new XmlSyntaxError(
      'text outside the root element',
      before.split('\n').length,
      at - before.lastIndexOf('\n'),
    );
  }
}

/** The child elements of `element`, in order. */
export const childElements = (element: Element): Element[] =>
  Array.from(element.childNodes).filter((n): n is Element => n.nodeType === ELEMENT_NODE);

/** The part of a name after its namespace prefix: `orx:instanceID` → `instanceID`. */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
