import { describe, expect, it } from 'vitest';
import {
  decodeShareCode,
  encodeShareCode,
  extractShareCode,
  fromBase64Url,
  ShareCodeError,
  shareLink,
  toBase64Url,
} from './share.js';

const response = {
  format: 'dtc.response',
  version: 1,
  framework: { id: 'six-pillars', version: '2.0.0' },
  respondent: { role: 'ministry-education', organisation: 'Ministère de l’Éducation' },
  answers: { 'digital-strategy-status': { value: 3, answeredAt: '2026-03-25T09:30:00Z' } },
  history: [],
};

describe('share codes', () => {
  it('round-trips a response, accents included, in URL-safe characters', async () => {
    const code = await encodeShareCode(response);
    expect(code).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    await expect(decodeShareCode(code)).resolves.toEqual(response);
  });

  it('compresses: a full response is far shorter than its JSON', async () => {
    const answers = Object.fromEntries(
      Array.from({ length: 83 }, (_, i) => [
        `question-${i}`,
        { value: (i % 4) + 1, answeredAt: '2026-03-25T09:30:00Z' },
      ]),
    );
    const big = { ...response, answers };
    const code = await encodeShareCode(big);
    expect(code.length).toBeLessThan(JSON.stringify(big).length / 2);
  });

  it('reads a code out of a whole link, a fragment or text with line breaks', async () => {
    const code = await encodeShareCode(response);
    const link = shareLink(new URL('https://example.org/demo/'), code);
    expect(link).toBe(`https://example.org/demo/share#${code}`);
    expect(extractShareCode(link)).toBe(code);
    expect(extractShareCode(`#${code}`)).toBe(code);
    const wrapped = `${code.slice(0, 20)}\n  ${code.slice(20)}`;
    await expect(decodeShareCode(wrapped)).resolves.toEqual(response);
  });

  it('says why a code cannot be read', async () => {
    const reason = (input: string) =>
      decodeShareCode(input).then(
        () => 'ok',
        (error: unknown) => (error instanceof ShareCodeError ? error.code : 'other'),
      );
    await expect(reason('   ')).resolves.toBe('empty');
    await expect(reason('hello world')).resolves.toBe('not-a-code');
    await expect(reason('2.abc')).resolves.toBe('not-a-code');
    await expect(reason('1.<script>')).resolves.toBe('not-a-code');
    await expect(reason('1.AAAA')).resolves.toBe('damaged');
    const code = await encodeShareCode(response);
    await expect(reason(code.slice(0, -6))).resolves.toBe('damaged');
  });

  it('encodes base64url without padding and back, for every byte', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = toBase64Url(bytes);
    expect(text).not.toMatch(/[+/=]/);
    expect(fromBase64Url(text)).toEqual(bytes);
  });
});
