/**
 * What a report is made from: a response (scored here) or an action plan (with, optionally,
 * the response it was made from), read against a framework, in one of the built-in
 * languages. Every problem is a {@link CliError} naming the file and what is wrong.
 */
import type { Readable } from 'node:stream';
import { BUILT_IN_LOCALES, type BuiltInLocale } from '@dtc/i18n';
import {
  PLAN_FORMAT,
  RESPONSE_FORMAT,
  parseActionPlan,
  parseResponse,
  type ActionPlan,
  type Framework,
  type Response,
  type Result,
} from '@dtc/schema';
import { scoreResponse } from '@dtc/scoring';
import { CliError, invalidInput, usage } from '../errors.js';
import { loadFramework } from '../frameworks.js';
import { inputName, readJson } from '../io/input.js';

/** What `dtc report` renders. */
export interface ReportInput {
  framework: Framework;
  locale: BuiltInLocale;
  /** The response the results come from, when one was given. */
  response: Response | null;
  /** `response` scored with `@dtc/scoring`, or `null` without a response. */
  result: Result | null;
  /** The plan, when the input is one. */
  plan: ActionPlan | null;
}

/** The built-in locale `value` names (`zh-hans` is `zh-Hans`), or a usage error. */
export function reportLocale(value: string | undefined): BuiltInLocale {
  if (value === undefined) return 'en';
  const found = BUILT_IN_LOCALES.find((l) => l.toLowerCase() === value.toLowerCase());
  if (!found)
    throw usage(
      `--locale ${value}: not a language of the report; give one of ${BUILT_IN_LOCALES.join(', ')}.`,
    );
  return found;
}

/** The `format` of a JSON document, or a sentence saying why it has none. */
function formatOf(path: string, value: unknown): string {
  const format =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as { format?: unknown }).format
      : undefined;
  if (typeof format !== 'string')
    throw new CliError(
      `${inputName(path)}: has no "format" field; dtc report reads a response ("${RESPONSE_FORMAT}") or an action plan ("${PLAN_FORMAT}").`,
    );
  return format;
}

async function readResponse(
  path: string,
  framework: Framework,
  stdin?: Readable,
): Promise<Response> {
  const value = await readJson(path, stdin);
  const format = formatOf(path, value);
  if (format !== RESPONSE_FORMAT)
    throw new CliError(
      `${inputName(path)}: is a "${format}" file, not a response ("${RESPONSE_FORMAT}"); --response takes the response the plan was made from.`,
    );
  const parsed = parseResponse(value, framework);
  if (!parsed.ok) throw invalidInput(inputName(path), 'response', parsed.issues);
  return parsed.value;
}

function score(path: string, framework: Framework, response: Response): Result {
  try {
    return scoreResponse(framework, response);
  } catch (error) {
    throw new CliError(
      `${inputName(path)}: cannot be scored against the framework: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

export interface ReadReportOptions {
  /** `--response FILE`: the response a plan was made from. */
  response?: string | undefined;
  framework?: string | undefined;
  locale?: string | undefined;
  stdin?: Readable;
}

/** Reads `path` (a response or a plan, told apart by its `format`) and what goes with it. */
export async function readReportInput(
  path: string,
  options: ReadReportOptions,
): Promise<ReportInput> {
  const locale = reportLocale(options.locale);
  if (path === '-' && options.response === '-')
    throw usage('standard input can be the plan or the response, not both.');
  const framework = await loadFramework(options.framework, options);
  const value = await readJson(path, options.stdin);
  const format = formatOf(path, value);

  if (format === RESPONSE_FORMAT) {
    if (options.response !== undefined)
      throw usage(
        `${inputName(path)}: is a response; --response goes with an action plan, to give the response it was made from.`,
      );
    const parsed = parseResponse(value, framework);
    if (!parsed.ok) throw invalidInput(inputName(path), 'response', parsed.issues);
    const response = parsed.value;
    return { framework, locale, response, result: score(path, framework, response), plan: null };
  }

  if (format === PLAN_FORMAT) {
    const parsed = parseActionPlan(value, framework);
    if (!parsed.ok) throw invalidInput(inputName(path), 'action plan', parsed.issues);
    const plan = parsed.value;
    if (options.response === undefined)
      return { framework, locale, response: null, result: null, plan };
    const response = await readResponse(options.response, framework, options.stdin);
    return {
      framework,
      locale,
      response,
      result: score(options.response, framework, response),
      plan,
    };
  }

  throw new CliError(
    `${inputName(path)}: is a "${format}" file; dtc report reads a response ("${RESPONSE_FORMAT}") or an action plan ("${PLAN_FORMAT}").`,
  );
}
