import { DtcLearn, type LearnRescoreDetail } from './learn.js';

export { DtcLearn, type LearnRescoreDetail };

if (!customElements.get('dtc-learn')) customElements.define('dtc-learn', DtcLearn);

declare global {
  interface HTMLElementTagNameMap {
    'dtc-learn': DtcLearn;
  }
  interface HTMLElementEventMap {
    'dtc-learn-rescore': CustomEvent<LearnRescoreDetail>;
  }
}
