/** Words shared by every element. */
export const common = {
  'common.loading': 'Loading…',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.remove': 'Remove',
  'common.notScored': 'Not scored',
  'common.score': 'Score {score, number, integer} out of 100',
  'common.scoreShort': '{score, number, integer}/100',
  'common.level': 'Level {level, number, integer}: {label}',
  'common.error.title': 'Something went wrong',
  'common.error.fetch': 'The file at {url} could not be loaded ({detail}).',
  'common.error.issue': '{path}: {message}',
  'common.error.moreIssues':
    '{count, plural, one {and # more problem} other {and # more problems}}',
  'common.inParentheses': '({text})',
  'common.listSeparator': ', ',
} as const;
