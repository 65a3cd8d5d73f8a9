import {
  aggregateResponses,
  compareResults,
  responseAtRound,
  scoreResponse,
  type AggregateOptions,
  type ScoreOptions,
} from '@dtc/scoring';
import type { Comparison, Framework, GroupResult, Response, Result } from '@dtc/schema';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { memoLast } from './memo.js';

/**
 * Connects an element to the scoring engine. Elements hold no scoring logic: they ask this
 * controller, which calls `@dtc/scoring` and remembers the last answer for the same inputs
 * (compared by identity), so re-rendering costs nothing and a new response object (one per
 * change, as `dtc-assessment` emits them) is scored once. Responses and frameworks are
 * treated as immutable values: change one by making a new object.
 *
 * If the engine throws on malformed input, the methods return `null` and `error` says why.
 */
export class ScoringController implements ReactiveController {
  /** The last error thrown by the engine, if any. */
  error: unknown = null;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  private guard<A extends unknown[], R>(fn: (...args: A) => R | null): (...args: A) => R | null {
    return memoLast((...args: A): R | null => {
      try {
        this.error = null;
        return fn(...args);
      } catch (error) {
        this.error = error;
        return null;
      }
    });
  }

  /** The result of `response` against `framework` (`scoreResponse`), or `null` without both. */
  readonly score = this.guard(
    (
      framework: Framework | undefined,
      response: Response | undefined,
      options?: ScoreOptions,
    ): Result | null =>
      framework && response ? scoreResponse(framework, response, options) : null,
  );

  /** How scores moved from `before` to `after` (`compareResults`), or `null` without both. */
  readonly compare = this.guard(
    (before: Result | null | undefined, after: Result | null | undefined): Comparison | null =>
      before && after ? compareResults(before, after) : null,
  );

  /** The response as it stood when a history round ended (`responseAtRound`), or `null`. */
  readonly atRound = this.guard(
    (response: Response | undefined, round: string | null | undefined): Response | null =>
      response && round !== undefined ? responseAtRound(response, round) : null,
  );

  /**
   * Many responses aggregated (`aggregateResponses`): statistics, groups, divergence and
   * consensus; `null` without a framework or without responses. Pass the same `options`
   * object while the options do not change, so that the last answer is reused.
   */
  readonly aggregate = this.guard(
    (
      framework: Framework | undefined,
      responses: readonly Response[],
      options?: AggregateOptions,
    ): GroupResult | null =>
      framework && responses.length ? aggregateResponses(framework, responses, options) : null,
  );
}
