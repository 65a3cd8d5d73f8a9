/**
 * @dtc/framework: the "six pillars for the digital transformation of education"
 * framework as data, in English and French, validated by @dtc/schema in its tests.
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
import { FRAMEWORK_ID, FRAMEWORK_VERSION } from './version.js';
import { vision } from './vision.js';

export const sixPillars: Framework = {
  id: FRAMEWORK_ID,
  version: FRAMEWORK_VERSION,
  predecessor: { id: FRAMEWORK_ID, version: '1.0.0' },
  title: {
    en: 'Six pillars for the digital transformation of education',
    fr: 'Six piliers pour la transformation numérique de l’éducation',
  },
  description: {
    en: 'A self-assessment of how ready an education system is to use digital technology well, across six connected pillars.',
    fr: 'Une autoévaluation de la capacité d’un système éducatif à tirer parti du numérique, selon six piliers interdépendants.',
  },
  locales: ['en', 'fr'],
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
export default sixPillars;
