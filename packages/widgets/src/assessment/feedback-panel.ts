/**
 * What `<dtc-assessment feedback>` loads on demand (see `lazy-feedback.ts`): the per-question
 * feedback element, and the functions that change the feedback it reports.
 */
import '../question-feedback/define.js';

export { newFeedback, setFeedbackItem } from '@dtc/schema';
