/**
 * Ids, secrets and room codes. A room code is what participants type or scan: ten letters and
 * digits from an alphabet without look-alikes (no I, L, O, U), about 50 bits, shown as
 * `ABCDE-FGHJK`; it expires. Tokens carry a 256-bit secret; the database keeps only its hash.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 10;

export const newId = (): string => randomBytes(12).toString('base64url');
export const newSecret = (): string => randomBytes(32).toString('base64url');

export function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A code as typed: case, spaces and dashes ignored, look-alikes read as the letter meant. */
export function normalizeCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
    .replace(/U/g, 'V');
}

export const formatCode = (code: string): string => `${code.slice(0, 5)}-${code.slice(5)}`;

export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret, 'utf8').digest('base64url');

/** Compares a secret with a stored hash in constant time. */
export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret));
  const b = Buffer.from(hash);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * What a token says about its holder, before it is checked against the database:
 * `f.<room>.<secret>` for the facilitator, `p.<room>.<participant>.<secret>` for a participant.
 */
export type TokenClaim =
  | { role: 'facilitator'; room: string; secret: string }
  | { role: 'participant'; room: string; participant: string; secret: string };

export function facilitatorToken(room: string, secret: string): string {
  return `f.${room}.${secret}`;
}

export function participantToken(room: string, participant: string, secret: string): string {
  return `p.${room}.${participant}.${secret}`;
}

export function readToken(token: unknown): TokenClaim | null {
  if (typeof token !== 'string' || token.length > 300) return null;
  const parts = token.split('.');
  if (parts[0] === 'f' && parts.length === 3 && parts[1] && parts[2])
    return { role: 'facilitator', room: parts[1], secret: parts[2] };
  if (parts[0] === 'p' && parts.length === 4 && parts[1] && parts[2] && parts[3])
    return { role: 'participant', room: parts[1], participant: parts[2], secret: parts[3] };
  return null;
}
