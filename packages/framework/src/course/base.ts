/**
 * The course that goes with the bundled framework in its source language, English: a
 * learning module per pillar, a section per component, with the public sources its facts
 * rest on. Its translations are texts files beside it (`./texts/`); `course` in `./index.ts`
 * is this base with all of them merged.
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

export const courseBase: Course = {
  format: COURSE_FORMAT,
  version: COURSE_VERSION,
  framework: { id: FRAMEWORK_ID, version: FRAMEWORK_VERSION },
  locales: ['en'],
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

export default courseBase;
