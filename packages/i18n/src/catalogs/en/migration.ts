/**
 * Messages of the notice a questionnaire shows when it opens a response made with an earlier
 * version of its framework. Keys start with `migration.`.
 */
export const migration = {
  'migration.title': 'Your answers were carried to a new version of the framework',
  'migration.intro':
    'This response was made with version {from} of the framework and is now opened under version {to}. Answers to questions that did not change were carried over as they were.',
  'migration.review.title': '{count, plural, one {# answer to check} other {# answers to check}}',
  'migration.review.intro':
    'These questions were reworded. Your earlier answer was carried over: check that it still says what you mean.',
  'migration.unanswered.title':
    '{count, plural, one {# question needs a new answer} other {# questions need a new answer}}',
  'migration.reason.added': '{count, plural, one {A new question} other {New questions}}',
  'migration.reason.split':
    '{count, plural, one {A question that comes from one that was split} other {Questions that come from ones that were split}}',
  'migration.reason.merged':
    '{count, plural, one {A question that combines earlier ones} other {Questions that combine earlier ones}}',
  'migration.reason.value-not-carried':
    '{count, plural, one {A reworded question your earlier answer no longer fits} other {Reworded questions your earlier answers no longer fit}}',
  'migration.left.title':
    '{count, plural, one {# earlier answer has no place in this version} other {# earlier answers have no place in this version}}',
  'migration.left.intro':
    'Their questions were removed or divided. These answers are kept with your response as you gave them, but they no longer count in the results.',
  'migration.note': 'Why: {note}',
  'migration.dismiss': 'Hide this notice',
  'migration.blocked.title': 'These answers cannot be opened here',
  'migration.blocked.body':
    'They were given with version {found} of the framework, and this page cannot carry them to version {expected}. They are kept as they were: nothing was changed.',
} as const;
