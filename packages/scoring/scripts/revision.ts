/**
 * The scoring engine of another git revision, loaded from a temporary folder: the A/B
 * benchmark (compare.ts) and the differential test (src/differential.test.ts) read the same
 * copy. The copy is `packages/scoring/src` of that revision, from `git archive`, and it runs
 * against this checkout's @dtc/schema (a symlink in the folder's node_modules).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The root of this repository. */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Runs git in the repository; throws an error that says what is missing when it cannot. */
export function git(...argv: string[]): Buffer {
  try {
    return execFileSync('git', argv, { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & { stderr?: Buffer };
    if (e.code === 'ENOENT') throw new Error('git is not installed (or not on the PATH)');
    const said = e.stderr?.toString().trim();
    throw new Error(`git ${argv.join(' ')} failed${said ? `: ${said}` : ''}`);
  }
}

/** The full hash of the commit that `revision` names; throws when it names none. */
export function commitOf(revision: string): string {
  try {
    return git('rev-parse', '--verify', '--quiet', `${revision}^{commit}`).toString().trim();
  } catch (error) {
    throw new Error(
      `"${revision}" names no commit of the repository at ${root} ` +
        `(a shallow clone lacks history: fetch it with \`git fetch --unshallow\`). ` +
        (error as Error).message,
    );
  }
}

/** A copy of the scoring sources, loaded; `cleanup` removes its folder. */
export interface LoadedEngine<T> {
  readonly engine: T;
  readonly cleanup: () => void;
}

/**
 * Loads a copy of the scoring sources from a temporary folder that finds this checkout's
 * schema. `fill` writes `packages/scoring/src` into the folder.
 */
export async function loadCopy<T>(fill: (dir: string) => void): Promise<LoadedEngine<T>> {
  const dir = mkdtempSync(join(tmpdir(), 'dtc-scoring-copy-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  try {
    fill(dir);
    // ES modules, as in this package: read as CommonJS, every call between its modules would
    // go through an export getter, and that side measured at about two thirds of the speed.
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    const schema = join(dir, 'node_modules', '@dtc', 'schema');
    mkdirSync(dirname(schema), { recursive: true });
    symlinkSync(join(root, 'packages', 'schema'), schema, 'dir');
    const entry = join(dir, 'packages/scoring/src/index.ts');
    if (!existsSync(entry)) throw new Error('it has no packages/scoring/src/index.ts');
    const engine = (await import(pathToFileURL(entry).href)) as T;
    return { engine, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** Loads the scoring engine of the commit `sha` (see {@link commitOf}). */
export function loadRevision<T>(sha: string): Promise<LoadedEngine<T>> {
  return loadCopy<T>((dir) => {
    const tar = git('archive', '--format=tar', sha, 'packages/scoring/src');
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  });
}
