import { sixPillars } from '@dtc/framework';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeShareCode,
  encodeShareCode,
  extractShareCode,
  fromBase64Url,
  inflateCapped,
  MAX_SHARE_BYTES,
  MAX_SHARE_CODE_LENGTH,
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

const reason = (input: string) =>
  decodeShareCode(input).then(
    () => 'ok',
    (error: unknown) => (error instanceof ShareCodeError ? error.code : 'other'),
  );

/** Valid JSON of `size` bytes that deflate shrinks about a thousand times. */
const bomb = (size: number) => deflateRawSync(Buffer.from(`{"label":"${'a'.repeat(size - 12)}"}`));

/**
 * The largest response the schema allows without earlier rounds: every question answered,
 * each comment at 5,000 characters (three UTF-8 bytes each), 20 evidence links of 2,000
 * characters, the text answers, label and respondent at their maxima.
 */
function largestResponse() {
  const wide = (n: number) => '教'.repeat(n);
  const questions = sixPillars.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));
  const link = (n: number) => `https://example.org/${String(n).padStart(1980, '0')}`;
  const answers = Object.fromEntries(
    questions.map((q, i) => [
      q.id,
      {
        value:
          q.kind === 'text'
            ? wide(q.maxLength ?? 20000)
            : q.kind === 'rubric'
              ? 4
              : q.kind === 'boolean'
                ? 'yes'
                : q.options[0]!.id,
        comment: wide(5000),
        evidence: Array.from({ length: 20 }, (_, k) => link(i * 20 + k)),
        confidence: 'medium',
        answeredAt: '2026-03-25T09:30:00.000Z',
      },
    ]),
  );
  return {
    ...response,
    id: 'x'.repeat(100),
    label: wide(200),
    respondent: {
      role: 'other',
      roleDetail: wide(200),
      name: wide(200),
      organisation: wide(200),
      country: 'SEN',
    },
    answers,
    createdAt: '2026-03-25T09:30:00.000Z',
    updatedAt: '2026-03-25T09:30:00.000Z',
    completedAt: '2026-03-25T09:30:00.000Z',
  };
}

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

describe('share codes are bounded', () => {
  it('carry the largest response the schema allows, which fits under the cap', async () => {
    const largest = largestResponse();
    const bytes = Buffer.byteLength(JSON.stringify(largest));
    // The figure the cap was chosen with (MAX_SHARE_BYTES' comment): 4.59 MB.
    expect(bytes).toBe(4_589_872);
    expect(bytes).toBeLessThan(MAX_SHARE_BYTES);
    const code = await encodeShareCode(largest);
    expect(code.length).toBeLessThan(MAX_SHARE_CODE_LENGTH);
    await expect(decodeShareCode(code)).resolves.toEqual(largest);
  });

  it('refuses a short code that inflates past the cap (a zip bomb) as too large', async () => {
    const compressed = bomb(20 * 1024 * 1024);
    const code = `1.${toBase64Url(compressed)}`;
    expect(code.length).toBeLessThan(30_000);
    await expect(reason(code)).resolves.toBe('too-large');
    // Just under the cap, the same kind of code opens.
    const under = `1.${toBase64Url(bomb(MAX_SHARE_BYTES))}`;
    await expect(decodeShareCode(under)).resolves.toEqual({
      label: 'a'.repeat(MAX_SHARE_BYTES - 12),
    });
  });

  it('stops pulling a zip bomb soon after the cap, not at its end', async () => {
    const compressed = bomb(128 * 1024 * 1024);
    let pulled = 0;
    let at = 0;
    const source = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (at >= compressed.length) return controller.close();
          const chunk = compressed.subarray(at, at + 512);
          at += chunk.length;
          pulled += chunk.length;
          controller.enqueue(new Uint8Array(chunk));
        },
      },
      { highWaterMark: 0 },
    );
    const error = await inflateCapped(source).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ShareCodeError);
    expect((error as ShareCodeError).code).toBe('too-large');
    // 128 MiB of text compress to about 130 KB; the cap's 5 MiB come out of about 5 KB of it.
    expect(compressed.length).toBeGreaterThan(120_000);
    expect(pulled).toBeLessThan(compressed.length / 4);
  });

  it('refuses a code longer than the cap could compress to, before decoding it', async () => {
    // Not even valid deflate: only the length check can call it too large.
    const long = `1.${'A'.repeat(MAX_SHARE_CODE_LENGTH - 1)}`;
    expect(long.length).toBe(MAX_SHARE_CODE_LENGTH + 1);
    await expect(reason(long)).resolves.toBe('too-large');
    await expect(reason(long.slice(0, -1))).resolves.toBe('damaged');
  });

  it('makes no code for a value past the cap', async () => {
    const error = await encodeShareCode({ label: 'a'.repeat(MAX_SHARE_BYTES) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ShareCodeError);
    expect((error as ShareCodeError).code).toBe('too-large');
  });
});
