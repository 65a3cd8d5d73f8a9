/**
 * A/B benchmark of scoreResponse against another revision of this package:
 *
 *   npm run bench:compare -w @dtc/scoring -- <git revision> [--pairs=N] [--responses=N]
 *     [--layout=assigned] [--json]
 *
 * Takes `packages/scoring/src` of that revision from git into a temporary folder, loads both
 * versions in one process, and scores the same generated responses (see responses.ts) with
 * each in turn (`--layout` and `--json` as in bench.ts), N pairs (default 10), the order swapped at every pair. On a shared host a
 * single benchmark run moves by ±20% from one minute to the next; both sides of a pair see
 * nearly the same host, so the figure to read is the median of the per-pair ratios.
 * Both sides are copies of the sources, loaded the same way; both run against this checkout's
 * @dtc/schema. Compared with itself (`HEAD`, 16 pairs), the median came out at 0.94–1.05:
 * differences smaller than that are noise.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Framework, Response, Result } from '@dtc/schema';
import { benchArgs } from './args.js';
import { generate, layoutOf, loadFramework } from './responses.js';

type Score = (framework: Framework, response: Response) => Result;

const { options: args, positional } = benchArgs();
const revision = positional[0];
if (revision === undefined) {
  console.error('usage: npm run bench:compare -w @dtc/scoring -- <git revision> [--pairs=N]');
  process.exit(2);
}
const PAIRS = Number(args.get('pairs') ?? 10);
const COUNT = Number(args.get('responses') ?? 100_000);

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const git = (...argv: string[]): Buffer => execFileSync('git', argv, { cwd: root });

/**
 * Loads one copy of the scoring sources from a temporary folder that finds this checkout's
 * schema: both sides are loaded the same way, so that neither is favoured by where or when
 * its code was loaded. `fill` writes `packages/scoring/src` into the folder.
 */
async function load(fill: (dir: string) => void): Promise<{ score: Score; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'dtc-scoring-compare-'));
  fill(dir);
  // ES modules, as in this package: read as CommonJS, every call between its modules would
  // go through an export getter, and that side measured at about two thirds of the speed.
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  const schema = join(dir, 'node_modules', '@dtc', 'schema');
  mkdirSync(dirname(schema), { recursive: true });
  symlinkSync(join(root, 'packages', 'schema'), schema, 'dir');
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const entry = join(dir, 'packages/scoring/src/index.ts');
  try {
    if (!existsSync(entry)) throw new Error('it has no packages/scoring/src/index.ts');
    const loaded = (await import(pathToFileURL(entry).href)) as { scoreResponse: Score };
    return { score: loaded.scoreResponse, cleanup };
  } catch (error) {
    cleanup();
    throw error;
  }
}

let sha: string;
try {
  sha = git('rev-parse', '--verify', '--quiet', `${revision}^{commit}`).toString().trim();
} catch {
  console.error(`bench:compare: "${revision}" names no commit of this repository`);
  process.exit(2);
}
const framework = await loadFramework(false);
const responses = generate(framework, COUNT, layoutOf(args));
const other = await load((dir) => {
  const tar = git('archive', '--format=tar', sha, 'packages/scoring/src');
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
});
const ours = await load((dir) =>
  cpSync(join(root, 'packages/scoring/src'), join(dir, 'packages/scoring/src'), {
    recursive: true,
  }),
);
const head = git('rev-parse', '--short', 'HEAD').toString().trim();

let sink = 0;
function time(score: Score): number {
  const start = performance.now();
  for (let i = 0; i < responses.length; i++) {
    sink += score(framework, responses[i]!).overall.score ?? 0;
  }
  return performance.now() - start;
}

time(other.score); // warm-up (JIT) of both
time(ours.score);
const theirTimes: number[] = [];
const ourTimes: number[] = [];
const ratios: number[] = [];
for (let pair = 0; pair < PAIRS; pair++) {
  let a: number;
  let b: number;
  if (pair % 2 === 0) {
    a = time(other.score);
    b = time(ours.score);
  } else {
    b = time(ours.score);
    a = time(other.score);
  }
  theirTimes.push(a);
  ourTimes.push(b);
  ratios.push(a / b);
  console.log(
    `pair ${pair + 1}: ${sha.slice(0, 7)} ${a.toFixed(0)} ms, this checkout ${b.toFixed(0)} ms, ` +
      `speedup ${(a / b).toFixed(3)}`,
  );
}
other.cleanup();
ours.cleanup();

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const perSecond = (ms: number) => Math.round((COUNT / ms) * 1000).toLocaleString('en');
console.log('');
console.log(
  `${sha.slice(0, 7)} (${revision}): median ${perSecond(median(theirTimes))} responses/s; ` +
    `this checkout (${head}, with uncommitted changes if any): median ${perSecond(median(ourTimes))} responses/s`,
);
console.log(
  `speedup of this checkout: median ${median(ratios).toFixed(3)} over ${PAIRS} pairs ` +
    `(range ${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)}); checksum ${sink.toFixed(3)}`,
);
