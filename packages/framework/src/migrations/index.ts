/**
 * The mappings between versions of the bundled framework, oldest first: each says how the
 * questions of one version map onto the next, so `migrateResponse` (@dtc/scoring) can carry
 * a response across. Loaded on its own (`@dtc/framework/migrations`), with the earlier
 * versions (`@dtc/framework/v1`), only by pages that open older responses.
 */
import type { FrameworkMappingInput } from '@dtc/schema';
import { mapping1to2 } from './1.0.0-to-2.0.0.js';

export { mapping1to2 };

/** Every mapping, oldest first. */
export const mappings: readonly FrameworkMappingInput[] = [mapping1to2];
