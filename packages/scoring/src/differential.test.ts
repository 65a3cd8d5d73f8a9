/**
 * Differential test: this engine against the engine of commit 9d02b34 (before the rewrite
 * for clarity), loaded from git into a temporary folder (scripts/revision.ts). Both score
 * the same 20,000 generated responses and must return deeply equal results. It needs git
 * and the repository's history; without them it fails with the reason.
 */
import { sixPillars } from '@dtc/framework';
import type { Framework, Response } from '@dtc/schema';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { commitOf, loadRevision, type LoadedEngine } from '../scripts/revision.js';
import * as current from './index.js';
import { frameworkArb, responseArb } from './testing/arbitraries.js';

const BASELINE = '9d02b34';
const FRAMEWORKS = 190;
const PER_FRAMEWORK = 100;
const SIX_PILLARS_RESPONSES = 1_000;

type Engine = typeof current;

function cases(): { framework: Framework; responses: Response[] }[] {
  const frameworks = fc.sample(frameworkArb(), { numRuns: FRAMEWORKS, seed: 12 });
  const out = frameworks.map((framework, i) => ({
    framework,
    responses: fc.sample(responseArb(framework, { invalid: true }), {
      numRuns: PER_FRAMEWORK,
      seed: 1000 + i,
    }),
  }));
  out.push({
    framework: sixPillars,
    responses: fc.sample(responseArb(sixPillars, { invalid: true }), {
      numRuns: SIX_PILLARS_RESPONSES,
      seed: 7,
    }),
  });
  return out;
}

describe(`the engine of ${BASELINE}`, { timeout: 120_000 }, () => {
  let baseline: LoadedEngine<Engine> | undefined;
  afterAll(() => baseline?.cleanup());

  it('gives identical results on 20,000 generated responses', async () => {
    baseline = await loadRevision<Engine>(commitOf(BASELINE));
    const old = baseline.engine;
    let responses = 0;
    for (const { framework, responses: list } of cases()) {
      const ids = [
        current.OVERALL_ID,
        ...framework.pillars.flatMap((p) => [p.id, ...p.components.map((c) => c.id)]),
      ];
      const sections = [framework.pillars[0]!.id];
      list.forEach((response, i) => {
        responses++;
        expect(current.scoreResponse(framework, response)).toStrictEqual(
          old.scoreResponse(framework, response),
        );
        if (i % 10 === 0) {
          expect(current.scoreResponse(framework, response, { sections })).toStrictEqual(
            old.scoreResponse(framework, response, { sections }),
          );
        }
        const id = ids[i % ids.length]!;
        expect(current.explain(framework, response, id)).toStrictEqual(
          old.explain(framework, response, id),
        );
      });
      for (const groupBy of [undefined, 'role', 'country'] as const) {
        const options = groupBy === undefined ? {} : { groupBy };
        expect(current.aggregateResponses(framework, list, options)).toStrictEqual(
          old.aggregateResponses(framework, list, options),
        );
      }
      expect(current.aggregateResponses(framework, list, { sections })).toStrictEqual(
        old.aggregateResponses(framework, list, { sections }),
      );
    }
    expect(responses).toBe(FRAMEWORKS * PER_FRAMEWORK + SIX_PILLARS_RESPONSES);
  });
});
