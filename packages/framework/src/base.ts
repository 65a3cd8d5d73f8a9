/**
 * The bundled framework in its source language, English: every id, level, weight and text
 * of the structure. The translations are texts files beside it (`./texts/`), keyed by the
 * ids around each text; `sixPillars` in `./index.ts` is this base with all of them merged.
 */
import type { Framework } from '@dtc/schema';
import { about } from './about.js';
import { levels } from './levels.js';
import { outcomes } from './outcomes.js';
import { capacityCulture } from './pillars/capacity-culture.js';
import { connectivityInfrastructure } from './pillars/connectivity-infrastructure.js';
import { contentSolutions } from './pillars/content-solutions.js';
import { coordinationLeadership } from './pillars/coordination-leadership.js';
import { costSustainability } from './pillars/cost-sustainability.js';
import { dataEvidence } from './pillars/data-evidence.js';
import { FRAMEWORK_ID, FRAMEWORK_VERSION, TRANSLATIONS } from './version.js';
import { vision } from './vision.js';

export const sixPillarsBase: Framework = {
  id: FRAMEWORK_ID,
  version: FRAMEWORK_VERSION,
  predecessor: { id: FRAMEWORK_ID, version: '1.0.0' },
  title: {
    en: 'Six pillars for the digital transformation of education',
  },
  description: {
    en: 'A self-assessment of how ready an education system is to use digital technology well, across six connected pillars.',
  },
  locales: ['en'],
  translations: [...TRANSLATIONS],
  levels,
  vision,
  pillars: [
    coordinationLeadership,
    connectivityInfrastructure,
    costSustainability,
    capacityCulture,
    contentSolutions,
    dataEvidence,
  ],
  outcomes,
  about,
};

export { levels, outcomes, vision, about };
export default sixPillarsBase;
