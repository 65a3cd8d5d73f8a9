/**
 * A/B benchmark of scoreResponse against another revision of this package:
 *
 *   npm run bench:compare -w @dtc/scoring -- <git revision> [--pairs=N] [--responses=N]
 *     [--layout=assigned] [--json]
 *
 * Takes `packages/scoring/src` of that revision from git into a temporary folder (revision.ts), loads both
 * versions in one process, and scores the same generated responses (see responses.ts) with
 * each in turn (`--layout` and `--json` as in bench.ts), N pairs (default 10), the order swapped at every pair. On a shared host a
 * single benchmark run moves by ±20% from one minute to the next; both sides of a pair see
 * nearly the same host, so the figure to read is the median of the per-pair ratios.
 * Both sides are copies of the sources, loaded the same way; both run against this checkout's
 * @dtc/schema. Compared with itself (`HEAD`, 16 pairs), the median came out at 0.94–1.05:
 * differences smaller than that are noise.
 */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Framework, Response, Result } from '@dtc/schema';
import { benchArgs } from './args.js';
import { generate, layoutOf, loadFramework } from './responses.js';
import { commitOf, git, loadCopy, loadRevision, root } from './revision.js';

type Score = (framework: Framework, response: Response) => Result;

const { options: args, positional } = benchArgs();
const revision = positional[0];
if (revision === undefined) {
  console.error('usage: npm run bench:compare -w @dtc/scoring -- <git revision> [--pairs=N]');
  process.exit(2);
}
const PAIRS = Number(args.get('pairs') ?? 10);
const COUNT = Number(args.get('responses') ?? 100_000);

let sha: string;
try {
  sha = commitOf(revision);
} catch (error) {
  console.error(`bench:compare: ${(error as Error).message}`);
  process.exit(2);
}
const framework = await loadFramework(false);
const responses = generate(framework, COUNT, layoutOf(args));
interface Engine {
  scoreResponse: Score;
}
const theirs = await loadRevision<Engine>(sha);
const mine = await loadCopy<Engine>((dir) =>
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

time(theirs.engine.scoreResponse); // warm-up (JIT) of both
time(mine.engine.scoreResponse);
const theirTimes: number[] = [];
const ourTimes: number[] = [];
const ratios: number[] = [];
for (let pair = 0; pair < PAIRS; pair++) {
  let a: number;
  let b: number;
  if (pair % 2 === 0) {
    a = time(theirs.engine.scoreResponse);
    b = time(mine.engine.scoreResponse);
  } else {
    b = time(mine.engine.scoreResponse);
    a = time(theirs.engine.scoreResponse);
  }
  theirTimes.push(a);
  ourTimes.push(b);
  ratios.push(a / b);
  console.log(
    `pair ${pair + 1}: ${sha.slice(0, 7)} ${a.toFixed(0)} ms, this checkout ${b.toFixed(0)} ms, ` +
      `speedup ${(a / b).toFixed(3)}`,
  );
}
theirs.cleanup();
mine.cleanup();

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
