/**
 * The framework a command reads its files against: the bundled six-pillar framework, or one
 * given with `--framework <file>` (a framework JSON file, checked by `parseFramework`).
 */
import type { Command } from 'commander';
import {
  formatIssues,
  parseFramework,
  parseFrameworkMapping,
  type Framework,
  type FrameworkMapping,
} from '@dtc/schema';
import { sixPillars } from '@dtc/framework';
import { CliError } from './errors.js';
import { inputName, readJson } from './io/input.js';
import type { Io } from './program.js';

/** Adds `--framework <file>` to a command (absent: the bundled framework). */
export function frameworkOption(cmd: Command): Command {
  return cmd.option(
    '--framework <file>',
    `the framework the files are read against, a JSON file ("-" for standard input; default: the bundled ${sixPillars.id} ${sixPillars.version})`,
  );
}

/** The framework of `--framework <file>`, or the bundled one; an invalid file is a CliError. */
export async function loadFramework(path: string | undefined, io: Io): Promise<Framework> {
  if (path === undefined) return sixPillars;
  const parsed = parseFramework(await readJson(path, io.stdin));
  if (parsed.ok) return parsed.value;
  const shown = parsed.issues.slice(0, 20);
  const more = parsed.issues.length - shown.length;
  throw new CliError(
    `${inputName(path)}: not a valid framework (${parsed.issues.length} issue${parsed.issues.length === 1 ? '' : 's'}):\n` +
      formatIssues(shown)
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n') +
      (more > 0 ? `\n  …and ${more} more (run "dtc validate ${path}" for all).` : ''),
  );
}

/** Versions of one framework and the mappings between them, oldest first. */
export interface Versions {
  /** Every version, oldest first; the last is the current one. */
  frameworks: Framework[];
  /** `mappings[i]` carries a response from `frameworks[i]` to `frameworks[i + 1]`. */
  mappings: FrameworkMapping[];
}

/**
 * The versions of the bundled framework and its mappings (`@dtc/framework/v1` and
 * `@dtc/framework/migrations`, loaded only when asked for), each mapping checked against
 * the two versions it joins, as the demo does.
 */
export async function bundledVersions(): Promise<Versions> {
  const [{ sixPillarsV1 }, { mappings }] = await Promise.all([
    import('@dtc/framework/v1'),
    import('@dtc/framework/migrations'),
  ]);
  const frameworks = [sixPillarsV1, sixPillars];
  return {
    frameworks,
    mappings: mappings.map((m, i) => checkedMapping(m, frameworks, i, 'the bundled mapping')),
  };
}

/** An earlier version and the mapping from it to `framework`, from files (`--earlier`, `--mapping`). */
export async function versionsFromFiles(
  framework: Framework,
  earlierPath: string,
  mappingPath: string,
  io: Io,
): Promise<Versions> {
  const earlier = await loadFramework(earlierPath, io);
  const frameworks = [earlier, framework];
  const raw = await readJson(mappingPath, io.stdin);
  return { frameworks, mappings: [checkedMapping(raw, frameworks, 0, inputName(mappingPath))] };
}

function checkedMapping(
  raw: unknown,
  frameworks: readonly Framework[],
  i: number,
  name: string,
): FrameworkMapping {
  const parsed = parseFrameworkMapping(raw, frameworks[i], frameworks[i + 1]);
  if (parsed.ok) return parsed.value;
  throw new CliError(
    `${name}: not a valid mapping from ${frameworks[i]!.version} to ${frameworks[i + 1]!.version}:\n` +
      formatIssues(parsed.issues.slice(0, 20))
        .split('\n')
        .map((line) => `  ${line}`)
        .join('\n'),
  );
}
