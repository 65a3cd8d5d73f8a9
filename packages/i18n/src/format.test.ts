import { describe, expect, it } from 'vitest';
import { formatMessage, isolate, MessageSyntaxError, placeholders, pluralCases } from './format.js';
import { formatNumber, formatScore } from './number.js';

describe('formatMessage', () => {
  it('fills simple arguments and leaves unknown ones visible', () => {
    expect(formatMessage('Hello {name}', { name: 'Awa' })).toBe('Hello Awa');
    expect(formatMessage('Hello {name}')).toBe('Hello {name}');
  });

  it('formats numbers and percents by locale', () => {
    expect(formatMessage('{n, number}', { n: 1234.5 }, 'en')).toBe('1,234.5');
    expect(formatMessage('{n, number}', { n: 1234.5 }, 'fr')).toMatch(/^1\s234,5$/u);
    expect(formatMessage('{s, number, percent}', { s: 0.42 }, 'en')).toBe('42%');
    expect(formatMessage('{s, number, percent}', { s: 0.42 }, 'fr')).toMatch(/^42\s%$/u);
    expect(formatMessage('{n, number, integer}', { n: 66.7 }, 'en')).toBe('67');
  });

  it('prints small whole numbers as Intl.NumberFormat does, without creating one (messages, formatNumber, formatScore)', () => {
    // Whole numbers 0–999 in en, fr, es, pt, de, it, nl skip the formatter: the output must
    // stay exactly Intl's, in every region and style, and other numbers and tags go to Intl.
    const tags = ['en', 'en-US', 'en-IN', 'fr', 'fr-CA', 'fr-CH', 'fr-MA', 'es-MX', 'pt-BR'];
    tags.push('de-CH', 'it', 'nl-BE', 'ar', 'ar-EG', 'fa', 'hi-IN', 'en-u-nu-arab', 'fr-u-nu-deva');
    const values = [...Array.from({ length: 1000 }, (_, i) => i), -0, -1, 1000, 1234, 0.5, 999.96];
    for (const tag of tags) {
      const decimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
      const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
      for (const n of values) {
        expect(formatMessage('{n}', { n }, tag), `${tag} ${n}`).toBe(decimal.format(n));
        expect(formatMessage('{n, number}', { n }, tag), `${tag} ${n}`).toBe(decimal.format(n));
        expect(formatMessage('{n, number, integer}', { n }, tag)).toBe(integer.format(n));
        expect(formatNumber(tag, n), `${tag} ${n}`).toBe(decimal.format(n));
        expect(formatScore(tag, n), `${tag} ${n}`).toBe(integer.format(n));
      }
    }
    expect(formatMessage('{n, number}', { n: 7 }, 'en-u-nu-arab')).toBe('٧');
  });

  it('selects plural forms with Intl.PluralRules, exact matches first', () => {
    const m = '{count, plural, =0 {no question} one {# question} other {# questions}}';
    expect(formatMessage(m, { count: 0 }, 'en')).toBe('no question');
    expect(formatMessage(m, { count: 1 }, 'en')).toBe('1 question');
    expect(formatMessage(m, { count: 3 }, 'en')).toBe('3 questions');
    const fr = '{count, plural, one {# question} other {# questions}}';
    // French treats 0 and 1 as "one".
    expect(formatMessage(fr, { count: 0 }, 'fr')).toBe('0 question');
    expect(formatMessage(fr, { count: 1.5 }, 'fr')).toBe('1,5 question');
  });

  it('supports select and nesting', () => {
    const m =
      '{role, select, school {A school} other {Someone}} answered {n, plural, one {# time} other {# times}}';
    expect(formatMessage(m, { role: 'school', n: 2 })).toBe('A school answered 2 times');
    expect(formatMessage(m, { role: 'x', n: 1 })).toBe('Someone answered 1 time');
  });

  it('keeps apostrophes literal', () => {
    expect(formatMessage("l'{x}", { x: 'école' }, 'fr')).toBe("l'école");
    expect(formatMessage('l’{x}', { x: 'école' }, 'fr')).toBe('l’école');
  });

  it('rejects malformed messages with the position', () => {
    expect(() => formatMessage('{a, plural, one {x}}')).toThrow(MessageSyntaxError);
    expect(() => formatMessage('{a')).toThrow(/at \d+/);
    expect(() => formatMessage('a}')).toThrow(MessageSyntaxError);
    expect(() => formatMessage('{a, date}')).toThrow(/Unknown argument type/);
  });

  it('lists placeholders across branches', () => {
    expect(
      placeholders('{a} {b, plural, one {{c}} other {#}} {d, select, x {{e}} other {}}'),
    ).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('pluralCases', () => {
  it('lists the cases of every plural, nested ones too, and no select', () => {
    expect(
      pluralCases(
        '{n, plural, =0 {none} one {# item} other {{kind, select, a {# of {m, plural, one {#} few {#} other {#}}} other {#}}}}',
      ),
    ).toEqual([
      { name: 'n', cases: ['=0', 'one', 'other'] },
      { name: 'm', cases: ['one', 'few', 'other'] },
    ]);
    expect(pluralCases('No plural: {name}')).toEqual([]);
    expect(() => pluralCases('{n, plural, one {#}')).toThrow(MessageSyntaxError);
  });
});

describe('formatMessage in a right-to-left locale', () => {
  it('isolates each text value, so that Latin text inside Arabic keeps its own direction', () => {
    expect(formatMessage('الخطة: {name}', { name: 'EMIS (phase 2)!' }, 'ar')).toBe(
      'الخطة: \u2068EMIS (phase 2)!\u2069',
    );
    expect(formatMessage('{n, plural, other {# — {who}}}', { n: 3, who: 'Ana' }, 'ar')).toBe(
      `${formatNumber('ar', 3)} — \u2068Ana\u2069`,
    );
  });

  it('leaves left-to-right locales as they are', () => {
    expect(formatMessage('Plan: {name}', { name: 'خطة' }, 'en')).toBe('Plan: خطة');
  });
});

describe('isolate', () => {
  it('puts text between U+2068 and U+2069, and leaves an empty text empty', () => {
    expect(isolate('EMIS (phase 2)!')).toBe('\u2068EMIS (phase 2)!\u2069');
    expect(isolate('')).toBe('');
  });
});
