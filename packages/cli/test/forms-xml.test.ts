/** Reading submission XML: what is read, and every malformed document refused with its place. */
import { describe, expect, it } from 'vitest';
import { childElements, escapeXml, parseXml, XmlSyntaxError } from '../src/forms/xml.js';

function refusal(source: string): XmlSyntaxError {
  try {
    parseXml(source);
  } catch (error) {
    if (error instanceof XmlSyntaxError) return error;
    throw error;
  }
  throw new Error('the document was read');
}

describe('parseXml', () => {
  it('reads elements, attributes, entities, character references and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!-- a submission -->\n<data id="six&amp;pillars" version="1.0.0">' +
        '<a>1 &lt; 2 &#233;&#x4e2d;</a><b/><c><![CDATA[<x> & y]]></c><d><e>deep</e></d></data>\n',
    );
    expect(root.nodeName).toBe('data');
    expect(root.getAttribute('id')).toBe('six&pillars');
    const [a, b, c, d] = childElements(root);
    expect(a!.textContent).toBe('1 < 2 é中');
    expect(b!.textContent).toBe('');
    expect(c!.textContent).toBe('<x> & y');
    expect(childElements(d!).map((e) => e.textContent)).toEqual(['deep']);
  });

  it('refuses a DOCTYPE, with or without entity declarations, before anything else', () => {
    const xxe = refusal(
      '<?xml version="1.0"?>\n<!DOCTYPE data [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<data><a>&x;</a></data>',
    );
    expect(xxe.message).toMatch(/^a DOCTYPE, which a submission does not have/);
    expect(xxe.line).toBe(2);
    const bomb = refusal(
      '<!DOCTYPE d [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>\n<d>&b;</d>',
    );
    expect(bomb.message).toMatch(/DOCTYPE/);
    expect(refusal('<!DOCTYPE data>\n<data/>').located).toMatch(/^line 1, column 1: a DOCTYPE/);
  });

  it.each([
    ['an element closed under another name', '<data>\n  <a>1</b>\n</data>', 2, /not closed/],
    ['an element never closed', '<data>\n<a>1</a>\n', 1, /not closed/],
    ['two root elements', '<data/>\n<data/>', 2, /Only one element/],
    ['an unknown entity', '<data>\n <a>&foo;</a></data>', 2, /"&foo;", which XML does not define/],
    ['an unquoted attribute', '<data id=x>\n</data>', 1, /missed quot/],
    ['a "<" in text', '<data>\n<a>1 < 2</a></data>', 2, /invalid tagName/],
    ['a repeated attribute', '<data a="1" a="2"/>', 1, /Attribute a redefined/],
    ['text after the root element', '<data/>\n  trailing', 2, /text outside the root element/],
    [
      'text before the root element',
      '<?xml version="1.0"?>\n<!-- c -->\njunk<data/>',
      3,
      /text outside the root element/,
    ],
    ['a comment never closed', '<data>\n<!-- note </data>', 2, /Unclosed comment/],
  ])('refuses %s, saying where', (_what, source, line, message) => {
    const error = refusal(source);
    expect(error.message).toMatch(message);
    expect(error.line).toBe(line);
    expect(error.located).toMatch(new RegExp(`^line ${line}, column \\d+: `));
  });

  it('refuses an empty document and one that is no XML', () => {
    expect(refusal('  \n').message).toBe('the file is empty');
    expect(refusal('<<<').located).toMatch(/^line 1, column \d+: /);
  });
});

describe('escapeXml', () => {
  it('escapes what would end a text or an attribute', () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe(`a &amp; b &lt; c &gt; d &quot;e&quot; 'f'`);
    const root = parseXml(`<x a="${escapeXml('"<&>')}">${escapeXml('</x>&amp;')}</x>`);
    expect(root.getAttribute('a')).toBe('"<&>');
    expect(root.textContent).toBe('</x>&amp;');
  });
});
