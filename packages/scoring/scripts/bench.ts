/**
 * Throughput benchmark of scoreResponse and of the bulk path: `npm run bench` in
 * packages/scoring.
 *
 * Generates 100,000 random but valid responses to the bundled six-pillars framework
 * (or, with `--synthetic`, to a generated framework of similar size), scores them all
 * after a warm-up, 5 times, and prints the median responses per second, the total time
 * and the peak memory. Then, in the same run and on the same responses, 5 times each:
 * `scoreMany` over them all, and a `createAggregator` grouping by role without kept scores
 * (as `dtc aggregate` runs it), then its `result()`. Seeded: every run scores the same
 * responses. One thread: pin it to one core with `taskset -c 0 npm run bench`.
 *
 * Options: --responses=N (default 100000), --runs=N (default 5), --synthetic, --json,
 * --layout=assigned, --validated.
 *
 * By default responses share their answer objects (one pool of valid answers per
 * question), which keeps 100,000 responses in about 450 MB, and each answers object is laid
 * out as `JSON.parse` and `parseResponse` lay it out (see responses.ts). With
 * `--layout=assigned` the answers objects are built key by key instead, which V8 stores as
 * hash tables. With `--json` every response is written to JSON and read back, as a response
 * loaded from a file or from storage is: each answer is then its own object, in its own
 * place in memory (about 1.5 GB). With `--validated` each response is moreover checked by
 * `parseResponse`, as `dtc` reads a file: its answers object is then built key by key (a
 * hash table in V8), each answer its own object.
 */
import { parseResponse, type Framework, type Response } from '@dtc/schema';
import { createAggregator, scoreMany, scoreResponse } from '../src/index.js';
import { benchArgs } from './args.js';
import { generate, layoutOf, loadFramework } from './responses.js';

const args = benchArgs().options;
const COUNT = Number(args.get('responses') ?? 100_000);
const RUNS = Number(args.get('runs') ?? 5);

let peakRss = 0;
let peakHeap = 0;
function sample(): void {
  const m = process.memoryUsage();
  if (m.rss > peakRss) peakRss = m.rss;
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
}

let sink = 0;
/** Scores every response; returns the wall time and the process CPU time, in ms. */
function scoreAll(
  framework: Framework,
  responses: readonly Response[],
): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < responses.length; i++) {
    const result = scoreResponse(framework, responses[i]!);
    sink += result.overall.score ?? 0;
    if (i % 10_000 === 9_999) sample();
  }
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const MB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const framework = await loadFramework(args.has('synthetic'));
const questions = framework.pillars.flatMap((p) => p.components.flatMap((c) => c.questions));
console.log(
  `framework ${framework.id}@${framework.version}: ${framework.pillars.length} pillars, ` +
    `${framework.pillars.reduce((n, p) => n + p.components.length, 0)} components, ` +
    `${questions.length} questions (${questions.filter((q) => q.kind !== 'text').length} scorable), ` +
    `${framework.levels.length} levels`,
);
const genStart = performance.now();
const layout = layoutOf(args);
const validated = args.has('validated');
const responses = generate(framework, COUNT, validated ? 'json' : layout);
if (validated) {
  // In place, so that each response read back from JSON is let go once checked.
  responses.forEach((response, i) => {
    const parsed = parseResponse(response, framework);
    if (!parsed.ok) throw new Error(`Generated response ${i} is not valid.`);
    responses[i] = parsed.value;
  });
}
console.log(
  `generated ${COUNT.toLocaleString('en')} responses in ${(performance.now() - genStart).toFixed(0)} ms` +
    (validated
      ? ' (each read back from JSON and checked by parseResponse)'
      : layout === 'json'
        ? ' (each read back from JSON)'
        : ` (sharing answer objects, ${layout} layout)`),
);
sample();
const baseline = { rss: peakRss, heap: peakHeap };

scoreAll(framework, responses.slice(0, Math.min(COUNT, 20_000))); // warm-up (JIT)
const perSecond = (ms: number) => Math.round((COUNT / ms) * 1000).toLocaleString('en');
const walls: number[] = [];
const cpus: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const { wall, cpu } = scoreAll(framework, responses);
  walls.push(wall);
  cpus.push(cpu);
  console.log(
    `run ${run + 1}: ${wall.toFixed(0)} ms wall, ${perSecond(wall)} responses/s ` +
      `(${cpu.toFixed(0)} ms CPU, ${perSecond(cpu)} responses per CPU second)`,
  );
}
sample();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const wall = median(walls);
console.log('');
console.log(
  `median: ${perSecond(wall)} responses/s (${((wall * 1000) / COUNT).toFixed(2)} µs per response); ` +
    `by CPU time: ${perSecond(median(cpus))} responses/s`,
);
// The fastest run is the one least disturbed by other work on the machine.
console.log(`fastest run: ${perSecond(Math.min(...walls))} responses/s`);
console.log(
  `total scoring time: ${walls.reduce((a, b) => a + b, 0).toFixed(0)} ms wall for ${RUNS} × ` +
    `${COUNT.toLocaleString('en')} responses (after a ${Math.min(COUNT, 20_000).toLocaleString('en')}-response warm-up)`,
);
console.log(
  `peak rss: ${MB(peakRss)} (after generating: ${MB(baseline.rss)}; OS max rss ${MB(process.resourceUsage().maxRSS * 1024)})`,
);
console.log(`peak heapUsed: ${MB(peakHeap)} (after generating: ${MB(baseline.heap)})`);

/** Runs `work` (over every response) `RUNS` times after a warm-up; prints each run and the median. */
function measure(name: string, work: (list: readonly Response[]) => void): number {
  work(responses.slice(0, Math.min(COUNT, 20_000)));
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    work(responses);
    times.push(performance.now() - start);
    sample();
  }
  const ms = median(times);
  console.log(
    `${name}: median ${perSecond(ms)} responses/s (${((ms * 1000) / COUNT).toFixed(2)} µs per response; ` +
      `runs ${times.map((t) => perSecond(t)).join(', ')})`,
  );
  return ms;
}

console.log('');
const many = measure('scoreMany', (list) => {
  for (const result of scoreMany(framework, list)) sink += result.overall.score ?? 0;
});
const aggregation = measure('createAggregator by role, add + result', (list) => {
  const aggregator = createAggregator(framework, { groupBy: 'role', keepScores: false });
  for (const response of list) aggregator.add(response);
  sink += aggregator.result().overall.mean ?? 0;
});
console.log(
  `same run, medians: scoreResponse ${perSecond(wall)}, scoreMany ${perSecond(many)}, ` +
    `aggregation ${perSecond(aggregation)} responses/s (${(wall / aggregation).toFixed(1)}× scoreResponse)`,
);
console.log(`peak rss after the bulk path: ${MB(peakRss)}`);
console.log(`node ${process.version}, checksum ${sink.toFixed(3)}`);
