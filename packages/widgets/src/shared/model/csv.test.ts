import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.js';

describe('CSV', () => {
  it('quotes fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('')).toBe('');
  });

  it('guards against formula injection', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvField(`${lead}1+1`).replace(/^"/, '').startsWith(`'${lead}`)).toBe(true);
    }
    expect(csvField('=SUM(A1,A2)')).toBe(`"'=SUM(A1,A2)"`);
    expect(csvField('a=b')).toBe('a=b');
  });

  it('guards against a formula behind white space or invisible characters, which spreadsheets may trim', () => {
    for (const lead of [' ', '\n', '\u00a0', '\u3000', '\ufeff', '\u200b', ' \t\n ']) {
      for (const sign of ['=', '+', '-', '@']) {
        const field = csvField(`${lead}${sign}HYPERLINK("https://example.org")`);
        expect(field.replace(/^"/, '').startsWith(`'${lead}${sign}`), JSON.stringify(field)).toBe(
          true,
        );
      }
    }
    // Text that only starts with white space is left as it is.
    expect(csvField(' plain')).toBe('" plain"');
    expect(csvField('\u00a0a=b')).toBe('"\u00a0a=b"');
  });

  it('writes numbers as they are and nothing as an empty field', () => {
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes space at either end, which spreadsheets would trim', () => {
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField('trail ')).toBe('"trail "');
  });

  it('ends every row with CRLF', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b, c', null],
      ]),
    ).toBe('a,1\r\n"b, c",\r\n');
    expect(toCsv([])).toBe('');
  });
});
