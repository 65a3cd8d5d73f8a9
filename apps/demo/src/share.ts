/**
 * Share codes: a response as compact text that fits in a link's fragment (the part after
 * `#`, which browsers never send to a server). JSON → `deflate-raw` with the platform's
 * CompressionStream → base64url, behind a version prefix: `1.` + data.
 */

const PREFIX = '1.';

async function pump(
  input: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const body = new Blob([input as BlobPart]).stream().pipeThrough(stream);
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

/** Encodes any JSON value as a share code. */
export async function encodeShareCode(value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return PREFIX + toBase64Url(await pump(json, new CompressionStream('deflate-raw')));
}

/** Why a share code could not be read. */
export class ShareCodeError extends Error {
  constructor(readonly code: 'empty' | 'not-a-code' | 'damaged') {
    super(`Share code ${code}`);
    this.name = 'ShareCodeError';
  }
}

/** The code inside a pasted text: a whole link (…#1.xxx), a fragment (#1.xxx) or the code itself. */
export function extractShareCode(input: string): string {
  const trimmed = input.trim();
  const hash = trimmed.lastIndexOf('#');
  return (hash >= 0 ? trimmed.slice(hash + 1) : trimmed).replace(/\s+/g, '');
}

/** Decodes a share code (or a link carrying one) back to the JSON value. Throws ShareCodeError. */
export async function decodeShareCode(input: string): Promise<unknown> {
  const code = extractShareCode(input);
  if (!code) throw new ShareCodeError('empty');
  if (!code.startsWith(PREFIX) || !/^[A-Za-z0-9_-]+$/.test(code.slice(PREFIX.length))) {
    throw new ShareCodeError('not-a-code');
  }
  try {
    const bytes = await pump(
      fromBase64Url(code.slice(PREFIX.length)),
      new DecompressionStream('deflate-raw'),
    );
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    throw new ShareCodeError('damaged');
  }
}

/** The link that opens a share code on this site: `<root>share#<code>`. */
export function shareLink(root: URL, code: string): string {
  return new URL(`share#${code}`, root).href;
}
