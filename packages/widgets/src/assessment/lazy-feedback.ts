import type * as Panel from './feedback-panel.js';

type FeedbackPanel = typeof Panel;

let pending: Promise<FeedbackPanel> | undefined;
let loaded: FeedbackPanel | undefined;

/**
 * The per-question feedback (`<dtc-question-feedback>` and what edits the feedback), loaded
 * the first time a questionnaire turns `feedback` on, so that one without it loads none of
 * it. In a bundle with code splitting it is a chunk of its own.
 */
export function loadFeedbackPanel(): Promise<FeedbackPanel> {
  return (pending ??= import('./feedback-panel.js').then(
    (m) => (loaded = m),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  ));
}

/** The module once loaded (the panels that report changes exist only then). */
export function feedbackPanel(): FeedbackPanel | undefined {
  return loaded;
}
