import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseResponse } from './index.js';
import { PATTERNS, isEvidenceUrl } from './patterns.js';
import { validResponse } from './test-fixtures.js';

/** The link pattern as first written: the same language, but it backtracks. */
const FIRST_URL = /^https?:\/\/[^\s/?#]+[^\s]*$/i;

describe('the evidence link pattern', () => {
  it('accepts exactly the links the first pattern accepted', () => {
    const piece = fc.constantFrom(
      'http://',
      'https://',
      'HTTPS://',
      'a',
      '.',
      '/',
      '?',
      '#',
      ':',
      ' ',
      '\n',
      'é',
      '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(PATTERNS.url.re.test(text)).toBe(FIRST_URL.test(text));
      }),
      { numRuns: 3000 },
    );
    for (const ok of ['https://example.org', 'http://a.b:80/x?y#z', 'https://h/ä', 'https://x#']) {
      expect(isEvidenceUrl(ok), ok).toBe(true);
    }
    for (const bad of ['https://', 'https:///x', 'ftp://x', 'https://a b', 'https://a/b c']) {
      expect(isEvidenceUrl(bad), bad).toBe(false);
    }
  });

  it('checks a long crafted link in one pass (the first pattern took minutes on this one)', () => {
    // A link followed by a space: the first pattern tried every split of its 200,000
    // characters between host and path before failing.
    const crafted = `http://${'a'.repeat(200_000)} `;
    expect(PATTERNS.url.re.test(crafted)).toBe(false);
    const response = validResponse();
    const first = Object.keys(response.answers)[0]!;
    response.answers[first] = { ...response.answers[first]!, evidence: [crafted.trim() + ' x'] };
    expect(parseResponse(response).ok).toBe(false);
  });
});

describe('the timestamp pattern', () => {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');

  it('takes a day exactly when the calendar has it, in every year from 0000 to 9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 60 }),
        (year, month, day, second) => {
          const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}T23:59:${pad(second)}Z`;
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const exists = date.getUTCMonth() === month - 1 && second < 60;
          expect(PATTERNS.timestamp.re.test(text), text).toBe(exists);
          // What it takes, Date reads as that very day.
          if (exists) expect(Number.isNaN(new Date(text).getTime()), text).toBe(year < 0);
        },
      ),
      { numRuns: 2000, seed: 19 },
    );
  });

  it('knows the leap years of the Gregorian calendar', () => {
    const leap = (year: number) => PATTERNS.timestamp.re.test(`${pad(year, 4)}-02-29T00:00Z`);
    expect([2024, 2000, 2400, 1600, 0, 4, 1996].map(leap)).toEqual(Array(7).fill(true));
    expect([2025, 1900, 2100, 2200, 1800, 1, 2023].map(leap)).toEqual(Array(7).fill(false));
  });
});
