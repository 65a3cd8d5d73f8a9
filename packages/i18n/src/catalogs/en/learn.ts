/**
 * Messages of the course reader (`<dtc-learn>`): the headings of a learning module, the
 * current level of each component, the references to sources and the deep-dive button.
 * Keys start with `learn.`. Years are passed as text (a year is not a quantity).
 */
export const learn = {
  'learn.contents': 'In this module',
  'learn.whyItMatters': 'Why it matters',
  'learn.deepDive': 'Questions for the deep dive',
  'learn.deepDive.lead':
    'Discuss these questions as a team, then score this pillar again with what you found.',
  'learn.rescore': 'Re-score this pillar',
  'learn.practices': 'Good practices',
  'learn.pitfalls': 'Common pitfalls',
  'learn.examples': 'Country examples',
  'learn.reflection': 'Questions for reflection',
  'learn.sources': 'Sources',
  'learn.cited': '{count, plural, one {Source} other {Sources}}: {list}',
  'learn.reference': '{publisher} ({year})',
  'learn.level': 'Your current level: {level}',
  'learn.pillarLevel': 'Your current level in this pillar: {level}',
  'learn.low': 'Low level: a place to start',
  'learn.country.code': 'Country code {code}',
  'learn.empty': 'No learning module to show.',
} as const;
