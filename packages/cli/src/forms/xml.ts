/**
 * XML in and out for the forms: escaping for the XForm writer, and a small reader for ODK
 * submission instances (elements, attributes, text, CDATA, comments, the five predefined
 * entities and character references). A document with a DOCTYPE is refused: submissions have
 * none, and refusing it rules out entity expansion.
 */

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (not its children's), entities decoded. */
  text: string;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

const NAME = /[A-Za-z_:][\w.:-]*/y;

/** Parses `source` into its root element; throws {@link XmlSyntaxError} with the line. */
export function parseXml(source: string): XmlElement {
  let at = 0;
  const lineAt = (i: number): number => source.slice(0, i).split('\n').length;
  const fail = (message: string, i = at): never => {
    throw new XmlSyntaxError(message, lineAt(i));
  };
  const decode = (text: string, start: number): string =>
    text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);|&/g, (_match, ref: string | undefined) => {
      if (!ref) return fail('a "&" that starts no entity', start);
      if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
      if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
      const entity = ENTITIES[ref];
      return entity ?? fail(`an unknown entity "&${ref};"`, start);
    });
  const skipMisc = (): void => {
    for (;;) {
      const rest = /\s*/y;
      rest.lastIndex = at;
      rest.exec(source);
      at = rest.lastIndex;
      if (source.startsWith('<?', at)) {
        const end = source.indexOf('?>', at);
        if (end < 0) fail('a processing instruction that does not end');
        at = end + 2;
      } else if (source.startsWith('<!--', at)) {
        const end = source.indexOf('-->', at);
        if (end < 0) fail('a comment that does not end');
        at = end + 3;
      } else if (source.startsWith('<!DOCTYPE', at)) {
        fail('a DOCTYPE, which a submission does not have');
      } else return;
    }
  };
  const readName = (): string => {
    NAME.lastIndex = at;
    const match = NAME.exec(source);
    if (!match) return fail('a name was expected');
    at = NAME.lastIndex;
    return match[0];
  };
  const element = (): XmlElement => {
    if (source[at] !== '<') fail('an element was expected');
    at += 1;
    const name = readName();
    const attributes: Record<string, string> = {};
    for (;;) {
      const space = /\s*/y;
      space.lastIndex = at;
      space.exec(source);
      at = space.lastIndex;
      if (source.startsWith('/>', at)) {
        at += 2;
        return { name, attributes, children: [], text: '' };
      }
      if (source[at] === '>') {
        at += 1;
        break;
      }
      const attribute = readName();
      const value = /\s*=\s*("([^"<]*)"|'([^'<]*)')/y;
      value.lastIndex = at;
      const match = value.exec(source);
      if (!match) fail(`the attribute "${attribute}" of <${name}> has no quoted value`);
      attributes[attribute] = decode(match![2] ?? match![3] ?? '', at);
      at = value.lastIndex;
    }
    const children: XmlElement[] = [];
    let text = '';
    for (;;) {
      if (at >= source.length) fail(`<${name}> is not closed`);
      if (source.startsWith('</', at)) {
        at += 2;
        const closing = readName();
        if (closing !== name) fail(`</${closing}> closes <${name}>`);
        const end = /\s*>/y;
        end.lastIndex = at;
        if (!end.exec(source)) fail(`</${closing}> does not end with ">"`);
        at = end.lastIndex;
        return { name, attributes, children, text };
      }
      if (source.startsWith('<!--', at)) {
        const end = source.indexOf('-->', at);
        if (end < 0) fail('a comment that does not end');
        at = end + 3;
      } else if (source.startsWith('<![CDATA[', at)) {
        const end = source.indexOf(']]>', at);
        if (end < 0) fail('a CDATA section that does not end');
        text += source.slice(at + 9, end);
        at = end + 3;
      } else if (source[at] === '<') {
        children.push(element());
      } else {
        const next = source.indexOf('<', at);
        const chunk = source.slice(at, next < 0 ? source.length : next);
        text += decode(chunk, at);
        at += chunk.length;
      }
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (at < source.length) fail('text after the root element');
  return root;
}

/** The part of a name after its namespace prefix: `orx:instanceID` → `instanceID`. */
export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);
