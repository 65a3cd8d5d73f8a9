import { DtcQuestionFeedback, type QuestionFeedbackChangeDetail } from './question-feedback.js';

export { DtcQuestionFeedback, type QuestionFeedbackChangeDetail };

if (!customElements.get('dtc-question-feedback')) {
  customElements.define('dtc-question-feedback', DtcQuestionFeedback);
}

declare global {
  interface HTMLElementTagNameMap {
    'dtc-question-feedback': DtcQuestionFeedback;
  }
  interface HTMLElementEventMap {
    'dtc-question-feedback-change': CustomEvent<QuestionFeedbackChangeDetail>;
  }
}
