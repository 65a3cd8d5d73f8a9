/**
 * Share codes: a response as compact text that fits in a link's fragment (the part after
 * `#`, which browsers never send to a server). JSON → `deflate-raw` with the platform's
 * CompressionStream → base64url, behind a version prefix: `1.` + data.
 */

const PREFIX = '1.';

/**
 * The most JSON a share code may carry, in bytes (5 MiB): encoding refuses more, and decoding
 * stops reading as soon as the decompressed bytes pass it, so a short hostile link (deflate
 * shrinks repeated text about a thousand times) cannot fill the tab's memory. The largest
 * response the schema allows without earlier rounds measures 4.59 MB (4,589,872 bytes): all 83
 * questions of the bundled framework answered, each with a 5,000-character comment written in a
 * script of three UTF-8 bytes per character and 20 evidence links of 2,000 characters, the text
 * answer, label and respondent at their maxima (share.test.ts builds it). Earlier rounds can
 * take a response past the cap: its page then offers a file instead of a link.
 */
export const MAX_SHARE_BYTES = 5 * 1024 * 1024;

/**
 * The longest code that {@link MAX_SHARE_BYTES} of JSON can compress to (deflate's worst case:
 * stored blocks of 65,535 bytes with 5 bytes of header each, then base64url's 4 characters for
 * 3 bytes). A longer code is refused before anything is decoded.
 */
export const MAX_SHARE_CODE_LENGTH =
  PREFIX.length + Math.ceil(((MAX_SHARE_BYTES + 5 * Math.ceil(MAX_SHARE_BYTES / 65535)) * 4) / 3);

async function compress(input: Uint8Array): Promise<Uint8Array> {
  const body = new Blob([input as BlobPart])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(body).arrayBuffer());
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Why a share code could not be made or read. */
export class ShareCodeError extends Error {
  constructor(readonly code: 'empty' | 'not-a-code' | 'damaged' | 'too-large') {
    super(`Share code ${code}`);
    this.name = 'ShareCodeError';
  }
}

/**
 * Encodes any JSON value as a share code. Throws ShareCodeError `too-large` when its JSON
 * passes {@link MAX_SHARE_BYTES}: such a link could not be opened (export a file instead).
 */
export async function encodeShareCode(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  if (json.byteLength > MAX_SHARE_BYTES) throw new ShareCodeError('too-large');
  return PREFIX + toBase64Url(await compress(json));
}

/**
 * The bytes that the compressed `source` inflates to. The source is pulled one chunk at a
 * time, the next only once the decompressor has taken the one before, while its output is
 * read and counted: once more than `limit` bytes have come out, reading stops (the rest of the
 * source is never pulled) and it throws ShareCodeError `too-large`. A damaged stream rejects
 * with the decompressor's error.
 */
export async function inflateCapped(
  source: ReadableStream<Uint8Array>,
  limit = MAX_SHARE_BYTES,
): Promise<Uint8Array> {
  const inflater = new DecompressionStream('deflate-raw');
  const writer = inflater.writable.getWriter();
  const output = inflater.readable.getReader() as ReadableStreamDefaultReader<Uint8Array>;
  const input = source.getReader();
  let stopped = false;
  const feeding = (async () => {
    while (!stopped) {
      const { done, value } = await input.read();
      if (stopped) return;
      if (done) return writer.close();
      await writer.write(value as BufferSource);
    }
  })();
  // Its failure is the output's too (read below); it is awaited once the output ends.
  feeding.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await output.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) throw new ShareCodeError('too-large');
      chunks.push(value);
    }
    await feeding;
  } catch (error) {
    stopped = true;
    await Promise.allSettled([input.cancel(), output.cancel(), writer.abort(), feeding]);
    throw error;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** The code inside a pasted text: a whole link (…#1.xxx), a fragment (#1.xxx) or the code itself. */
export function extractShareCode(input: string): string {
  const trimmed = input.trim();
  const hash = trimmed.lastIndexOf('#');
  return (hash >= 0 ? trimmed.slice(hash + 1) : trimmed).replace(/\s+/g, '');
}

/**
 * Decodes a share code (or a link carrying one) back to the JSON value. Throws ShareCodeError:
 * `too-large` for a code longer than {@link MAX_SHARE_CODE_LENGTH} (before decoding) or one that
 * inflates past {@link MAX_SHARE_BYTES} (reading stops there).
 */
export async function decodeShareCode(input: string): Promise<unknown> {
  const code = extractShareCode(input);
  if (!code) throw new ShareCodeError('empty');
  if (!code.startsWith(PREFIX) || !/^[A-Za-z0-9_-]+$/.test(code.slice(PREFIX.length))) {
    throw new ShareCodeError('not-a-code');
  }
  if (code.length > MAX_SHARE_CODE_LENGTH) throw new ShareCodeError('too-large');
  try {
    const compressed = fromBase64Url(code.slice(PREFIX.length));
    const bytes = await inflateCapped(new Blob([compressed as BlobPart]).stream());
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch (error) {
    if (error instanceof ShareCodeError) throw error;
    throw new ShareCodeError('damaged');
  }
}

/** The link that opens a share code on this site: `<root>share#<code>`. */
export function shareLink(root: URL, code: string): string {
  return new URL(`share#${code}`, root).href;
}
