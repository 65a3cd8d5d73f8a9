import type * as Engine from './scoring-engine.js';

let engine: Promise<typeof Engine> | undefined;

/**
 * The scoring engine, loaded the first time it is asked for (on submit, or to carry a response
 * made with an earlier version of the framework), so the first step of the questionnaire loads
 * and runs none of it. In a bundle with code splitting (the CDN autoloader, a partner's Vite
 * or esbuild build) it is a chunk of its own; where it is bundled in already, this only
 * defers the call.
 */
function loadEngine(): Promise<typeof Engine> {
  return (engine ??= import('./scoring-engine.js').catch((error: unknown) => {
    engine = undefined;
    throw error;
  }));
}

/** `scoreResponse`, from the engine loaded on demand. */
export function loadScoring(): Promise<(typeof Engine)['scoreResponse']> {
  return loadEngine().then((m) => m.scoreResponse);
}

/** `migrateResponse`, from the engine loaded on demand. */
export function loadMigration(): Promise<(typeof Engine)['migrateResponse']> {
  return loadEngine().then((m) => m.migrateResponse);
}
