import { DtcRubricQuestion, type AnswerChangeDetail } from './rubric-question.js';

export { DtcRubricQuestion, type AnswerChangeDetail };

if (!customElements.get('dtc-rubric-question')) {
  customElements.define('dtc-rubric-question', DtcRubricQuestion);
}

declare global {
  interface HTMLElementTagNameMap {
    'dtc-rubric-question': DtcRubricQuestion;
  }
  interface HTMLElementEventMap {
    'dtc-answer-change': CustomEvent<AnswerChangeDetail>;
  }
}
