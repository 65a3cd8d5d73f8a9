import { patternNamed } from './patterns.js';

/** A path into the input, e.g. `["pillars", 2, "components", 0, "title", "fr"]`. */
export type IssuePath = (string | number)[];

/** The values a sentence about an issue needs (expected, found, minimum, keys, locale…). */
export type IssueParams = Readonly<Record<string, string | number>>;

/**
 * One problem found in an input: where, a stable kebab-case code, the values that describe
 * it, and an English sentence for developers (logs, CLI, `formatIssues`). Sentences shown to
 * a user come from `@dtc/i18n`, worded from `code` and `params`.
 */
export interface Issue {
  path: IssuePath;
  /** Stable, machine-readable code in kebab-case, e.g. `invalid-type` or `duplicate-id`. */
  code: string;
  /** What a sentence in any language needs; the README lists the names each code fills. */
  params?: IssueParams;
  /** An English sentence for developers; not meant to be shown to a user as is. */
  message: string;
}

/**
 * The outcome of a `parse*` function: the typed value, or every issue found. Some formats
 * also give advice that does not stop a file from being read (`warnings`, e.g. a funding gap
 * in an action plan).
 */
export type ParseResult<T> =
  { ok: true; value: T; warnings?: Issue[] } | { ok: false; issues: Issue[] };

/**
 * How many issues a list stands for: one each, except `too-many-issues` (the last of a
 * `parse*` function's list past `MAX_ISSUES`), which stands for the `count` it names. Lists
 * of several parses joined together (a file of many records) count right too.
 */
export function issueCount(issues: readonly Pick<Issue, 'code' | 'params'>[]): number {
  let count = 0;
  for (const issue of issues)
    count += issue.code === 'too-many-issues' ? Number(issue.params?.count ?? 0) : 1;
  return count;
}

/** `pillars[2].components[0].title.fr`, or `(root)` for the empty path. */
export function formatPath(path: readonly (string | number | symbol)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = String(part);
      out += /^[A-Za-z_$][\w$-]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
  }
  return out || '(root)';
}

/** One line per issue: `pillars[0].title.fr: Missing translation "fr"`. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('\n');
}

function typeName(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = input;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/**
 * A value as JSON would write it, cut short: sentences quote what was found. A list or a
 * group of fields is named by its type, never written out (it may be large, or cyclic).
 */
function shown(value: unknown): string {
  let text: string | undefined;
  try {
    if (typeof value === 'bigint') text = `${value}`;
    else if (typeof value === 'string') text = JSON.stringify(value.slice(0, 60));
    else if (value === null || typeof value !== 'object') text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  text ??= typeName(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

const DEFAULT_MESSAGE = 'Invalid input';

function sizeWord(origin: string, n: number): string {
  if (origin === 'array' || origin === 'set') return `${n} item${n === 1 ? '' : 's'}`;
  if (origin === 'string') return `${n} character${n === 1 ? '' : 's'}`;
  if (origin === 'object' || origin === 'record') return `${n} entr${n === 1 ? 'y' : 'ies'}`;
  if (origin === 'document') return `${n} lists and groups of fields in all`;
  return String(n);
}

/** An issue in zod's raw form, as `safeParse` reports it; only the fields read here. */
export interface RawIssue {
  code: string;
  path: readonly PropertyKey[];
  message?: string;
  expected?: string;
  format?: string;
  pattern?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: readonly unknown[];
  discriminator?: string;
  divisor?: number | bigint;
  keys?: readonly string[];
  issues?: readonly RawIssue[];
}

/** zod's snake_case code in our kebab-case: `invalid_type` → `invalid-type`. */
export const kebabCode = (code: string): string => code.replaceAll('_', '-');

/** The params and the English sentence of one zod issue. */
function describe(issue: RawIssue, input: unknown): { params: IssueParams; message: string } {
  const origin = issue.origin ?? '';
  switch (issue.code) {
    case 'invalid_type': {
      const found = typeName(valueAt(input, issue.path));
      const expected = issue.expected ?? '';
      return {
        params: { expected, found },
        message:
          found === 'nothing'
            ? `Required ${expected} is missing`
            : `Expected ${expected}, found ${found}`,
      };
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? issue.minimum : issue.maximum);
      const inclusive = issue.inclusive === false ? 'no' : 'yes';
      const sign = (small ? '≥>' : '≤<')[inclusive === 'yes' ? 0 : 1];
      return {
        params: { origin, [small ? 'minimum' : 'maximum']: limit, inclusive },
        message:
          origin === 'number' || origin === 'int'
            ? `Expected a number ${sign} ${limit}`
            : `Expected at ${small ? 'least' : 'most'} ${sizeWord(origin, limit)}`,
      };
    }
    case 'invalid_value': {
      const values = (issue.values ?? []).map(shown);
      const found = shown(valueAt(input, issue.path));
      return {
        params: { expected: values.join(', '), found },
        message: `Expected ${values.join(' or ')}, found ${found}`,
      };
    }
    case 'invalid_union':
      return issue.discriminator
        ? {
            params: { key: issue.discriminator, found: shown(valueAt(input, issue.path)) },
            message: `Unknown or missing "${issue.discriminator}"`,
          }
        : { params: { key: '' }, message: 'Does not match any of the allowed forms' };
    case 'invalid_format':
      return {
        params: { format: issue.format ?? '', pattern: patternNamed(issue.pattern) ?? '' },
        message: `Expected the ${issue.format} format`,
      };
    case 'not_multiple_of':
      return {
        params: { divisor: Number(issue.divisor) },
        message: `Expected a multiple of ${issue.divisor}`,
      };
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      return {
        params: { keys: keys.join(', '), count: keys.length },
        message: `Unknown key${keys.length === 1 ? '' : 's'}: ${keys.join(', ')}`,
      };
    }
    case 'invalid_key': {
      const key = String(issue.path.at(-1) ?? '');
      const pattern = patternNamed(issue.issues?.[0]?.pattern) ?? '';
      return { params: { key, pattern }, message: `Invalid key ${JSON.stringify(key)}` };
    }
    default:
      return { params: {}, message: 'Invalid value' };
  }
}

/**
 * Turns zod's issues into ours: kebab-case codes, the params a sentence needs in any
 * language, and an English sentence (the schema's own where it gives one) for developers.
 */
export function fromZodIssues(input: unknown, raw: readonly RawIssue[]): Issue[] {
  return raw.map((issue) => {
    const path: IssuePath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const { params, message } = describe(issue, input);
    const own = issue.message && issue.message !== DEFAULT_MESSAGE ? issue.message : '';
    return { path, code: kebabCode(issue.code), params, message: own || message };
  });
}
