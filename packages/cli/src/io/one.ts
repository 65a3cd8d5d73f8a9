/**
 * Reading the one response (or result) a command such as `compare` or `explain` takes:
 * any file `readResponses` reads, holding exactly one valid response; for `compare`, also a
 * result (`scoreResponse`'s output, or a line of `dtc score`).
 */
import { Readable } from 'node:stream';
import { formatIssues, type Framework, type Issue, type Response, type Result } from '@dtc/schema';
import { CliError } from '../errors.js';
import { inputName, readText } from './input.js';
import { detectFormat, readResponses } from './records.js';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A result as `scoreResponse` gives it, or a record of `dtc score` (`{ result }`). */
function resultIn(value: unknown): Result | undefined {
  if (!isObject(value)) return undefined;
  if (isObject(value.result)) return resultIn(value.result);
  return value.format === undefined &&
    isObject(value.framework) &&
    isObject(value.overall) &&
    Array.isArray(value.pillars)
    ? (value as unknown as Result)
    : undefined;
}

export type One =
  { response: Response; result?: undefined } | { result: Result; response?: undefined };

/**
 * The one response of `path` (checked against `framework`, or against the version it names
 * among `versions`), or with `results`, a result. None, several, or an invalid one is a
 * CliError naming the file.
 */
export async function readOne(
  path: string,
  options: {
    framework: Framework;
    versions?: readonly Framework[];
    stdin?: Readable;
    results?: boolean;
  },
): Promise<One> {
  const name = inputName(path);
  const text = await readText(path, options.stdin);
  const format = detectFormat(path, text.slice(0, 64 * 1024));
  if (options.results && format === 'json') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined; // readResponses below says where the JSON breaks
    }
    const result = resultIn(value);
    if (result) return { result };
  }
  const found: Response[] = [];
  const problems: string[] = [];
  const named = (where: string) => (path === '-' ? where : where.replace(/^standard input/, name));
  try {
    for await (const { value } of readResponses('-', {
      framework: options.framework,
      versions: options.versions,
      format,
      stdin: Readable.from([Buffer.from(text)]),
      onIssue: (where: string, issues: Issue[]) =>
        problems.push(
          `${named(where)}: not a valid response:\n${formatIssues(issues)
            .split('\n')
            .map((l) => `  ${l}`)
            .join('\n')}`,
        ),
    }))
      found.push(value);
  } catch (error) {
    if (error instanceof CliError) throw new CliError(named(error.message), error.exitCode);
    throw error;
  }
  if (problems.length) throw new CliError(problems.join('\n'));
  if (found.length !== 1)
    throw new CliError(
      `${name}: holds ${found.length} responses; give a file with exactly one${options.results ? ' (or a result)' : ''}.`,
    );
  return { response: found[0]! };
}
