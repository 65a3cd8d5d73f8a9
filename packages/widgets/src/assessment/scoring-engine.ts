/**
 * What the questionnaire loads on demand: the functions it calls. `lazy-scoring.ts` imports
 * this module rather than `@dtc/scoring` itself, because a bundler keeps every export of a
 * module that is imported dynamically; through this module, the chunk holds only the scoring
 * code that the elements use.
 */
export { migrateResponse, scoreResponse } from '@dtc/scoring';
