/**
 * The pieces every `parse*` function shares: JSON text or a value in, zod's issues out as
 * `Issue`s, the checks for unique ids and translations, and the one issue a newer format
 * version gets. Internal to the package (not exported from its index).
 */
import { sizeIssues } from './bounds.js';
import type { LocalizedText } from './common.js';
import { MAX_ISSUES } from './constants.js';
import { fromZodIssues, type Issue, type IssuePath, type ParseResult } from './issues.js';

export function unreadable(error: unknown): Issue {
  let detail: string;
  try {
    detail = String((error as Error)?.message ?? error);
  } catch {
    detail = 'unknown error';
  }
  return {
    path: [],
    code: 'unreadable',
    params: { detail },
    message: `Input could not be read: ${detail}`,
  };
}

/**
 * The first `MAX_ISSUES` of `issues`, then, when there were more (`total` in all), one
 * `too-many-issues` issue that counts the rest.
 */
export function limitIssues(issues: Issue[], total = issues.length): Issue[] {
  if (total <= MAX_ISSUES) return issues;
  const count = total - MAX_ISSUES;
  return [
    ...issues.slice(0, MAX_ISSUES),
    {
      path: [],
      code: 'too-many-issues',
      params: { count },
      message: `And ${count} more issue${count === 1 ? '' : 's'}, not listed`,
    },
  ];
}

export function fail<T>(issues: Issue[]): ParseResult<T> {
  return { ok: false, issues: limitIssues(issues) };
}

/**
 * Accepts a parsed value or JSON text, read once: JSON text whose value is itself text is
 * that text (which no format takes), not read again. JSON that does not parse is one issue
 * at the root. Every `parse*` function calls it once, first.
 */
export function fromJson(input: unknown): { value: unknown } | { issues: Issue[] } {
  if (typeof input !== 'string') return { value: input };
  try {
    return { value: JSON.parse(input) as unknown };
  } catch (error) {
    const detail = (error as Error).message;
    return {
      issues: [
        {
          path: [],
          code: 'invalid-json',
          params: { detail },
          message: `Not valid JSON: ${detail}`,
        },
      ],
    };
  }
}

/**
 * The frame of every `parse*` function: `input` read once (`fromJson`), then `read` on the
 * value; whatever throws on the way (a getter, a revoked proxy) is one `unreadable` issue.
 */
export function readInput<T>(
  input: unknown,
  read: (value: unknown) => ParseResult<T>,
): ParseResult<T> {
  try {
    const json = fromJson(input);
    if ('issues' in json) return fail(json.issues);
    return read(json.value);
  } catch (error) {
    return fail([unreadable(error)]);
  }
}

/** The parts of a zod/mini schema `run` uses. */
export interface Schema<T> {
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly RawZodIssue[] } };
}
type RawZodIssue = Parameters<typeof fromZodIssues>[1][number];

/** An issue of the shape zod gives a list, a group of fields or a text past its bound. */
export function tooBig(
  value: unknown,
  origin: 'array' | 'record' | 'string' | 'document',
  maximum: number,
  path: IssuePath,
): Issue {
  return fromZodIssues(value, [{ code: 'too_big', origin, maximum, inclusive: true, path }])[0]!;
}

/** zod's issues as ours, the first `MAX_ISSUES` of them turned, the rest counted. */
function zodIssues(value: unknown, raw: readonly RawZodIssue[]): Issue[] {
  return limitIssues(fromZodIssues(value, raw.slice(0, MAX_ISSUES + 1)), raw.length);
}

/**
 * Reads `value` (already out of its JSON text: see `fromJson`) with `schema`: first its sizes
 * (`sizeIssues`: lists, entries and texts past their bounds are refused unwalked), then the
 * schema, then `check` on the typed value.
 */
export function run<T>(
  schema: Schema<T>,
  value: unknown,
  check: (value: T, issues: Issue[]) => void,
): ParseResult<T> {
  try {
    const big = sizeIssues(schema, value);
    if (big.length) return { ok: false, issues: zodIssues(value, big) };
    const parsed = schema.safeParse(value);
    if (!parsed.success) return { ok: false, issues: zodIssues(value, parsed.error.issues) };
    const issues: Issue[] = [];
    check(parsed.data, issues);
    return issues.length ? fail(issues) : { ok: true, value: parsed.data };
  } catch (error) {
    // Hostile inputs (throwing getters, proxies, cycles) end here rather than escaping.
    return fail([unreadable(error)]);
  }
}

export function checkUnique(
  ids: readonly string[],
  path: (index: number) => IssuePath,
  what: string,
  issues: Issue[],
): void {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      issues.push({
        path: path(index),
        code: 'duplicate-id',
        params: { id, what },
        message: `Duplicate ${what} id "${id}"`,
      });
  });
}

export function checkText(
  text: LocalizedText | undefined,
  path: IssuePath,
  locales: readonly string[],
  issues: Issue[],
): void {
  if (!text) return;
  for (const locale of locales) {
    if (!Object.hasOwn(text, locale)) {
      issues.push({
        path: [...path, locale],
        code: 'missing-translation',
        params: { locale },
        message: `Missing translation "${locale}"`,
      });
    }
  }
}

/**
 * The issue for a file of `format` written in another version than the one this library
 * reads, or null. Checked before the schema, so that such a file gets one clear issue
 * instead of every field that changed.
 */
export function isVersion(raw: unknown, format: string, version: number): boolean {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return false;
  const r = raw as { format?: unknown; version?: unknown };
  return r.format === format && r.version === version;
}

export function newerVersion(
  raw: unknown,
  format: string,
  supported: number,
  label: string,
): Issue | null {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const { format: found, version } = raw as { format?: unknown; version?: unknown };
  if (found !== format || typeof version !== 'number' || version === supported) return null;
  return {
    path: ['version'],
    code: 'unsupported-version',
    params: { found: version, expected: supported },
    message: `${label} version ${version} is not supported (this library reads version ${supported})`,
  };
}
