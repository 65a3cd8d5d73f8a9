/** A path into the input, e.g. `["pillars", 2, "components", 0, "title", "fr"]`. */
export type IssuePath = (string | number)[];

/** One problem found in an input: where, a stable code, and a sentence for developers. */
export interface Issue {
  path: IssuePath;
  /** Stable, machine-readable code (zod's codes, or one of ours such as `duplicate-id`). */
  code: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

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

const DEFAULT_MESSAGE = 'Invalid input';

function sizeWord(origin: string | undefined, n: number | bigint): string {
  if (origin === 'array' || origin === 'set') return `${n} item${n === 1 ? '' : 's'}`;
  if (origin === 'string') return `${n} character${n === 1 ? '' : 's'}`;
  if (origin === 'object' || origin === 'record') return `${n} entr${n === 1 ? 'y' : 'ies'}`;
  return String(n);
}

/**
 * An issue in zod's raw form: what zod's `safeParse` reports, and what the validator of
 * `parse*` reports too. Only the fields used for wording are listed.
 */
export interface RawIssue {
  code: string;
  path: readonly PropertyKey[];
  message?: string;
  expected?: string;
  format?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: readonly unknown[];
  discriminator?: string;
  divisor?: number | bigint;
  keys?: readonly string[];
}

/** Turns raw issues into ours, with sentences that say what was expected and found. */
export function fromZodIssues(input: unknown, raw: readonly RawIssue[]): Issue[] {
  const out: Issue[] = [];
  for (const issue of raw) {
    const path: IssuePath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    let message = issue.message && issue.message !== DEFAULT_MESSAGE ? issue.message : '';
    if (!message) {
      switch (issue.code) {
        case 'invalid_type': {
          const found = valueAt(input, issue.path);
          message =
            found === undefined
              ? `Required ${issue.expected} is missing`
              : `Expected ${issue.expected}, found ${typeName(found)}`;
          break;
        }
        case 'too_small':
          message =
            issue.origin === 'number' || issue.origin === 'int'
              ? `Expected a number ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`
              : `Expected at least ${sizeWord(issue.origin, issue.minimum ?? 0)}`;
          break;
        case 'too_big':
          message =
            issue.origin === 'number' || issue.origin === 'int'
              ? `Expected a number ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`
              : `Expected at most ${sizeWord(issue.origin, issue.maximum ?? 0)}`;
          break;
        case 'invalid_value':
          message = `Expected ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(' or ')}, found ${JSON.stringify(valueAt(input, issue.path)) ?? 'nothing'}`;
          break;
        case 'invalid_union': {
          const disc = (issue as { discriminator?: string }).discriminator;
          message = disc
            ? `Unknown or missing "${disc}"`
            : 'Does not match any of the allowed forms';
          break;
        }
        case 'invalid_format':
          message = `Expected the ${issue.format} format`;
          break;
        case 'not_multiple_of':
          message = `Expected a multiple of ${issue.divisor}`;
          break;
        case 'unrecognized_keys':
          message = `Unknown key${issue.keys?.length === 1 ? '' : 's'}: ${issue.keys?.join(', ')}`;
          break;
        case 'invalid_key':
          message = 'Invalid key';
          break;
        default:
          message = 'Invalid value';
      }
    }
    out.push({ path, code: issue.code, message });
  }
  return out;
}
