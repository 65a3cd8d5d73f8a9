/**
 * The course that goes with the bundled framework: a learning module per pillar, a section
 * per component, in English and French, with the public sources its facts rest on.
 * Loaded on its own (`@dtc/framework/course`), so the questionnaire never carries it.
 */
import { COURSE_FORMAT, COURSE_VERSION, type Course } from '@dtc/schema';
import { FRAMEWORK_ID, FRAMEWORK_VERSION } from '../version.js';
import { capacityCultureModule, capacityCultureSources } from './capacity-culture.js';
import {
  connectivityInfrastructureModule,
  connectivityInfrastructureSources,
} from './connectivity-infrastructure.js';
import { contentSolutionsModule, contentSolutionsSources } from './content-solutions.js';
import {
  coordinationLeadershipModule,
  coordinationLeadershipSources,
} from './coordination-leadership.js';
import { costSustainabilityModule, costSustainabilitySources } from './cost-sustainability.js';
import { dataEvidenceModule, dataEvidenceSources } from './data-evidence.js';
import { commonSources } from './sources.js';

export const course: Course = {
  format: COURSE_FORMAT,
  version: COURSE_VERSION,
  framework: { id: FRAMEWORK_ID, version: FRAMEWORK_VERSION },
  locales: ['en', 'fr'],
  sources: [
    ...commonSources,
    ...coordinationLeadershipSources,
    ...connectivityInfrastructureSources,
    ...costSustainabilitySources,
    ...capacityCultureSources,
    ...contentSolutionsSources,
    ...dataEvidenceSources,
  ],
  modules: [
    coordinationLeadershipModule,
    connectivityInfrastructureModule,
    costSustainabilityModule,
    capacityCultureModule,
    contentSolutionsModule,
    dataEvidenceModule,
  ],
};

export default course;
