import '../progress/define.js';
import '../rubric-question/define.js';
import {
  DtcAssessment,
  type AssessmentCompleteDetail,
  type FeedbackChangeDetail,
  type MigrationDismissDetail,
  type MigrationProblem,
  type MigrationReport,
  type Predecessor,
  type ResponseChangeDetail,
  type SectionCompleteDetail,
} from './assessment.js';

export {
  DtcAssessment,
  type AssessmentCompleteDetail,
  type FeedbackChangeDetail,
  type MigrationDismissDetail,
  type MigrationProblem,
  type MigrationReport,
  type Predecessor,
  type ResponseChangeDetail,
  type SectionCompleteDetail,
};

if (!customElements.get('dtc-assessment')) {
  customElements.define('dtc-assessment', DtcAssessment);
}

declare global {
  interface HTMLElementTagNameMap {
    'dtc-assessment': DtcAssessment;
  }
  interface HTMLElementEventMap {
    'dtc-response-change': CustomEvent<ResponseChangeDetail>;
    'dtc-section-complete': CustomEvent<SectionCompleteDetail>;
    'dtc-assessment-complete': CustomEvent<AssessmentCompleteDetail>;
    'dtc-feedback-change': CustomEvent<FeedbackChangeDetail>;
    'dtc-migration-dismiss': CustomEvent<MigrationDismissDetail>;
  }
}
