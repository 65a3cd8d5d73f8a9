/**
 * Version 1.0.0 of the bundled framework, kept as it was answered so that responses made with
 * it can still be shown as they were, and carried to the current version with the mapping in
 * `../migrations/`. Its texts are frozen: changes go into the current version.
 */
import { mapFrameworkTexts, type Framework } from '@dtc/schema';
import { about } from '../about.js';
import { outcomes } from '../outcomes.js';
import fr from '../texts/fr.js';
import { vision } from '../vision.js';
import { levels } from './levels.js';
import { capacityCulture } from './pillars/capacity-culture.js';
import { connectivityInfrastructure } from './pillars/connectivity-infrastructure.js';
import { contentSolutions } from './pillars/content-solutions.js';
import { coordinationLeadership } from './pillars/coordination-leadership.js';
import { costSustainability } from './pillars/cost-sustainability.js';
import { dataEvidence } from './pillars/data-evidence.js';

const v1: Framework = {
  id: 'six-pillars',
  version: '1.0.0',
  title: {
    en: 'Six pillars for the digital transformation of education',
    fr: 'Six piliers pour la transformation numérique de l’éducation',
  },
  description: {
    en: 'A self-assessment of how ready an education system is to use digital technology well, across six connected pillars.',
    fr: 'Une auto-évaluation de la capacité d’un système éducatif à tirer parti du numérique, selon six piliers interdépendants.',
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

/**
 * Version 1.0.0 in English and French. Its vision, outcomes and "about" text are the current
 * version's, written in English in the shared modules: their French comes from the current
 * version's French texts, by the same keys.
 */
export const sixPillarsV1: Framework = mapFrameworkTexts(v1, (key, text) =>
  text.fr === undefined && Object.hasOwn(fr.texts, key) ? { ...text, fr: fr.texts[key]! } : text,
);

export default sixPillarsV1;
