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
