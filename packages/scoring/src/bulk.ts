/**
 * The bulk path: aggregating responses one at a time, in memory that does not grow with
 * their number, and scoring many responses in a row. Same rules and figures as
 * `aggregateResponses` and `scoreResponse` (the differential tests in bulk.test.ts hold
 * them to it); only the bookkeeping differs.
 *
 * An aggregator keeps, per group and per score (overall, each pillar, each component),
 * the distinct scores with how many respondents have each (a histogram): exact medians,
 * means and deviations need every value, but not every copy of it. Scores wait in a
 * column per score, up to {@link BLOCK} responses; a full column is sorted and counted into
 * the histogram in runs, which costs less than one histogram update per score (measured:
 * the bench runs about 15% slower with one `Map` update per score).
 */
import type { Framework, Group, GroupBy, GroupResult, Response, Result } from '@dtc/schema';
import {
  compareKeys,
  groupByOf,
  groupKeyOf,
  groupResult,
  groupStats,
  type AggregateOptions,
} from './aggregate.js';
import { describeRuns, type Runs } from './math.js';
import { scorable, selectedPillars, type ScorablePillar } from './scorable.js';
import { scoreCount, scoresInto, scoreWith, type ScoreOptions } from './score.js';

/** The most responses whose scores wait in a group's columns before they are counted. */
const BLOCK = 1024;
/** The room for waiting scores that a group starts with. */
const FIRST_COLUMN = 16;

/** Options of {@link createAggregator}. */
export interface AggregatorOptions extends AggregateOptions {
  /**
   * Keep each respondent's score, so that `result()` lists them in every `scores` (as
   * `aggregateResponses` does). Default `true`. They take 8 bytes per score and response
   * (with the bundled framework, 33 scores: 264 MB for a million responses); with `false`
   * every `scores` list is empty and memory no longer grows with the number of responses.
   */
  readonly keepScores?: boolean;
}

/**
 * What an aggregator holds, as plain data that `structuredClone` and `postMessage` copy
 * (a worker thread aggregates its share and posts its state; the main thread merges).
 */
export interface AggregatorState {
  readonly framework: { readonly id: string; readonly version: string };
  /** Scores per response: overall, each selected pillar and each of its components. */
  readonly slots: number;
  readonly respondents: number;
  /** Each group's respondents and, per score, its histogram as runs. */
  readonly groups: readonly {
    readonly key: string;
    readonly n: number;
    readonly runs: readonly { values: Float64Array; counts: Float64Array }[];
  }[];
  /** With `keepScores`: every response's scores (`NaN`: no score) and its group's place in `groups`. */
  readonly kept: { readonly scores: Float64Array; readonly groups: Uint32Array } | null;
}

/** Aggregates responses one at a time. See {@link createAggregator}. */
export interface Aggregator {
  /** Scores a response and counts it in, in its group. */
  add(response: Response): void;
  /** Counts in what another aggregator of the same framework and options holds, after this one's responses. */
  merge(other: AggregatorState): void;
  /** What this aggregator holds, to send to another thread and merge there. */
  state(): AggregatorState;
  /** The group result of every response added or merged so far. */
  result(): GroupResult;
  /** Responses added or merged so far. */
  readonly count: number;
}

/**
 * The scores of one group: per score, a histogram, and the latest responses' values in a
 * column that is sorted and counted into the histogram when full. A column starts small
 * and doubles up to {@link BLOCK} values, so that a group of few respondents takes little room.
 */
class GroupTally {
  n = 0;
  readonly histograms: Map<number, number>[];
  private columns: Float64Array[];
  private pending = 0;

  constructor(
    readonly key: string,
    /** Its place among the groups in order of first appearance. */
    readonly place: number,
    slots: number,
  ) {
    this.histograms = Array.from({ length: slots }, () => new Map<number, number>());
    this.columns = Array.from({ length: slots }, () => new Float64Array(FIRST_COLUMN));
  }

  /** Counts in one response's scores, one per histogram (`NaN`: no score). */
  count(scores: Float64Array): void {
    if (this.pending === this.columns[0]!.length) {
      if (this.pending < BLOCK) this.columns = this.columns.map((c) => grown(c, 2 * c.length));
      else this.flush();
    }
    for (let slot = 0; slot < this.columns.length; slot++) {
      this.columns[slot]![this.pending] = scores[slot]!;
    }
    this.pending++;
    this.n++;
  }

  /** Counts the columns into the histograms: each sorted, one update per run of equal scores. */
  flush(): void {
    for (let slot = 0; slot < this.columns.length; slot++) {
      const column = this.columns[slot]!.subarray(0, this.pending);
      column.sort(); // NaN (no score) last
      const histogram = this.histograms[slot]!;
      let r = 0;
      while (r < column.length && !Number.isNaN(column[r])) {
        const value = column[r]!;
        let end = r + 1;
        while (end < column.length && column[end] === value) end++;
        histogram.set(value, (histogram.get(value) ?? 0) + end - r);
        r = end;
      }
    }
    this.pending = 0;
  }
}

function grown(values: Float64Array, size: number): Float64Array {
  const bigger = new Float64Array(size);
  bigger.set(values);
  return bigger;
}

function runsOf(histogram: ReadonlyMap<number, number>): {
  values: Float64Array;
  counts: Float64Array;
} {
  const values = Float64Array.from(histogram.keys()).sort();
  return { values, counts: values.map((v) => histogram.get(v)!) };
}

function addRuns(histogram: Map<number, number>, runs: Runs): void {
  for (let i = 0; i < runs.values.length; i++) {
    const value = runs.values[i]!;
    histogram.set(value, (histogram.get(value) ?? 0) + runs.counts[i]!);
  }
}

/** A growing typed array, doubled when full. */
class Grower<T extends Float64Array | Uint32Array> {
  length = 0;
  constructor(
    private data: T,
    private readonly make: (size: number) => T,
  ) {}

  /** Room for `size` more numbers, from the returned offset of the returned array. */
  reserve(size: number): { data: T; offset: number } {
    if (this.length + size > this.data.length) {
      const bigger = this.make(Math.max(this.data.length * 2, this.length + size));
      bigger.set(this.data.subarray(0, this.length));
      this.data = bigger;
    }
    const offset = this.length;
    this.length += size;
    return { data: this.data, offset };
  }

  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/**
 * An aggregator of responses to `framework`: `result()` equals
 * `aggregateResponses(framework, responses, options)` over the responses added (then merged)
 * in that order, to the last bit. A `groupBy` function gets each response's position among
 * those added to this aggregator (not among merged ones).
 *
 * Memory: per group and per score, one entry per distinct score (few per component; up to
 * some thousands overall and per pillar), plus up to 1,024 responses' scores per group (8 bytes
 * per score: 270 KB with the bundled framework) waiting to be counted;
 * with `keepScores` (the default), 8 bytes per score and response besides.
 *
 * Precondition: the framework passed `parseFramework`. Responses need not be validated: an
 * object of any shape is read as far as it holds a response (no respondent: the group
 * `UNKNOWN_GROUP`; no answers: nothing answered); `add` throws a TypeError for anything that is
 * not an object.
 */
export function createAggregator(
  framework: Framework,
  options: AggregatorOptions = {},
): Aggregator {
  const index = scorable(framework);
  const pillars: readonly ScorablePillar[] = selectedPillars(index, options.sections);
  const slots = scoreCount(pillars);
  const levelsRead = new Float64Array(index.questions.size);
  const scores = new Float64Array(slots); // of the response being added
  const keyOf = options.groupBy === undefined ? null : groupKeyOf(options.groupBy);
  const groupBy: GroupBy | null = options.groupBy === undefined ? null : groupByOf(options.groupBy);
  const tallies = new Map<string, GroupTally>();
  const keys: string[] = []; // in order of first appearance: a response's group is its place here
  const kept =
    options.keepScores === false
      ? null
      : {
          scores: new Grower(new Float64Array(BLOCK * slots), (n) => new Float64Array(n)),
          groups: new Grower(new Uint32Array(BLOCK), (n) => new Uint32Array(n)),
        };
  let count = 0;

  const tallyOf = (key: string): GroupTally => {
    let tally = tallies.get(key);
    if (tally === undefined) {
      tally = new GroupTally(key, keys.length, slots);
      tallies.set(key, tally);
      keys.push(key);
    }
    return tally;
  };
  // Without groups, every response is in one tally, under a key nobody sees.
  const single = keyOf === null ? tallyOf('') : null;

  const flush = () => {
    for (const tally of tallies.values()) tally.flush();
  };

  return {
    get count() {
      return count;
    },

    add(response) {
      if (typeof response !== 'object' || response === null)
        throw new TypeError(
          `createAggregator: add() takes a response object, not ${response === null ? 'null' : typeof response}`,
        );
      const tally = single ?? tallyOf(keyOf!(response, count));
      scoresInto(index, pillars, response, levelsRead, scores);
      tally.count(scores);
      if (kept !== null) {
        const at = kept.scores.reserve(slots);
        at.data.set(scores, at.offset);
        const g = kept.groups.reserve(1);
        g.data[g.offset] = tally.place;
      }
      count++;
    },

    merge(other) {
      if (other.slots !== slots || other.framework.id !== index.id) {
        throw new TypeError('Only an aggregator of the same framework and sections can be merged.');
      }
      if ((other.kept === null) !== (kept === null)) {
        throw new TypeError('Both aggregators must keep scores, or neither.');
      }
      const places = other.groups.map((group) => {
        const tally = single ?? tallyOf(group.key);
        tally.n += group.n;
        group.runs.forEach((runs, slot) => addRuns(tally.histograms[slot]!, runs));
        return tally.place;
      });
      if (kept !== null && other.kept !== null) {
        const at = kept.scores.reserve(other.kept.scores.length);
        at.data.set(other.kept.scores, at.offset);
        const g = kept.groups.reserve(other.kept.groups.length);
        other.kept.groups.forEach((place, i) => (g.data[g.offset + i] = places[place]!));
      }
      count += other.respondents;
    },

    state() {
      flush();
      return {
        framework: { id: index.id, version: index.version },
        slots,
        respondents: count,
        groups: keys.map((key) => {
          const tally = tallies.get(key)!;
          return { key, n: tally.n, runs: tally.histograms.map(runsOf) };
        }),
        kept: kept && { scores: kept.scores.view().slice(), groups: kept.groups.view().slice() },
      };
    },

    result() {
      flush();
      const scores = kept?.scores.view();
      const groupOf = kept?.groups.view();
      /** Each kept score of slot `slot` for the responses of group `place` (all: -1), in order. */
      const scoresOf = (slot: number, place: number): (number | null)[] => {
        if (scores === undefined || groupOf === undefined) return [];
        const out: (number | null)[] = [];
        for (let r = 0; r < groupOf.length; r++) {
          if (place !== -1 && groupOf[r] !== place) continue;
          const score = scores[r * slots + slot]!;
          out.push(Number.isNaN(score) ? null : score);
        }
        return out;
      };
      const all = groupStats(pillars, index.levels, (slot) => {
        const total = new Map<number, number>();
        for (const tally of tallies.values()) addRuns(total, runsOf(tally.histograms[slot]!));
        return { description: describeRuns(runsOf(total)), scores: scoresOf(slot, -1) };
      });
      const groups: Group[] = [];
      if (groupBy !== null) {
        for (const key of [...keys].sort(compareKeys(groupBy))) {
          const tally = tallies.get(key)!;
          groups.push({
            key,
            n: tally.n,
            result: groupStats(pillars, index.levels, (slot) => ({
              description: describeRuns(runsOf(tally.histograms[slot]!)),
              scores: scoresOf(slot, tally.place),
            })),
          });
        }
      }
      return groupResult(framework, count, all, groupBy, groups, options);
    },
  };
}

/**
 * Scores many responses, one at a time as they are read: the results `scoreResponse` gives,
 * with the framework's index looked up once.
 */
export function* scoreMany(
  framework: Framework,
  responses: Iterable<Response>,
  options?: ScoreOptions,
): Iterable<Result> {
  const index = scorable(framework);
  for (const response of responses) yield scoreWith(index, response, options?.sections);
}
