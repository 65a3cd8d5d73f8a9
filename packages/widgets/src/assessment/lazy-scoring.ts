import type { scoreResponse as ScoreResponse } from '@dtc/scoring';

let engine: Promise<typeof ScoreResponse> | undefined;

/**
 * The scoring engine, loaded the first time it is asked for (on submit), so the first step
 * of the questionnaire loads and runs none of it. In a bundle with code splitting (the CDN
 * autoloader, a partner's Vite or esbuild build) `@dtc/scoring` is a chunk of its own;
 * where it is bundled in already, this only defers the call.
 */
export function loadScoring(): Promise<typeof ScoreResponse> {
  return (engine ??= import('./scoring-engine.js').then(
    (m) => m.scoreResponse,
    (error: unknown) => {
      engine = undefined;
      throw error;
    },
  ));
}
