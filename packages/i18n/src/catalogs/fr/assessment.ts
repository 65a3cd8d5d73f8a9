import type { AssessmentMessages } from '../en/index.js';

export const assessment: AssessmentMessages = {};
