/**
 * Words for the issues that `@dtc/schema` reports, one message per issue code, worded from
 * the issue's `params` (see `describeIssue`). `issue.other` words a code without a message.
 */
export const issues = {
  'issue.invalid-type':
    '{found, select, nothing {A required value is missing ({expected, select, string {text} number {a number} int {a whole number} boolean {true or false} array {a list} object {a group of fields} record {a group of fields} other {{expected}}}).} other {Expected {expected, select, string {text} number {a number} int {a whole number} boolean {true or false} array {a list} object {a group of fields} record {a group of fields} other {{expected}}}, found {found, select, string {text} number {a number} boolean {true or false} array {a list} object {a group of fields} null {an empty value} other {{found}}}.}}',
  'issue.too-small':
    '{origin, select, string {Too short: at least {minimum, plural, one {# character} other {# characters}}.} array {Too few items: at least {minimum, plural, one {# item} other {# items}}.} other {{inclusive, select, no {Must be greater than {minimum, number}.} other {Must be at least {minimum, number}.}}}}',
  'issue.too-big':
    '{origin, select, string {Too long: at most {maximum, plural, one {# character} other {# characters}}.} array {Too many items: at most {maximum, plural, one {# item} other {# items}}.} record {Too many entries: at most {maximum, plural, one {# entry} other {# entries}}.} document {The file is too large to check: more than {maximum, number} lists and groups of fields.} other {{inclusive, select, no {Must be less than {maximum, number}.} other {Must be at most {maximum, number}.}}}}',
  'issue.invalid-value': 'Expected one of {expected}; found {found}.',
  'issue.invalid-union':
    '{discriminator, select, yes {Unknown or missing “{key}” (found {found}).} other {This value matches none of the allowed forms (found {found}).}}',
  'issue.invalid-format':
    '{pattern, select, locale {Expected a language tag in canonical case, such as “en”, “fr-CA” or “zh-Hant”.} id {Expected an identifier of lower-case letters, digits and hyphens, such as “data-evidence”.} semver {Expected a version number such as “1.0.0”.} timestamp {Expected a date and time such as “2026-03-25T09:30:00Z”.} country {Expected a three-letter country code such as “SEN”.} currency {Expected a three-letter currency code such as “XOF”.} url {Expected a web link such as “https://example.org/report.pdf”.} nonEmpty {Enter some text.} other {Not in the expected format ({format}).}}',
  'issue.not-multiple-of': 'Expected a multiple of {divisor, number}.',
  'issue.unrecognized-keys':
    '{count, plural, one {A field this toolkit does not know: {keys}.} other {Fields this toolkit does not know: {keys}.}}',
  'issue.invalid-key':
    '“{key}” is not a valid name here{pattern, select, locale {: expected a language tag such as “en” or “fr-CA”.} id {: expected an identifier such as “data-evidence”.} textKey {: expected a text key such as “pillar.data-evidence.title” or “question.emis-coverage.level.2”.} other {.}}',
  'issue.invalid-json': 'The text is not valid JSON.',
  'issue.unreadable': 'The data could not be read.',
  'issue.unsupported-version':
    'Format version {found} is not supported: this toolkit reads version {expected}.',
  'issue.duplicate-id': 'The identifier “{id}” is used twice.',
  'issue.missing-translation': 'The text in “{locale}” is missing.',
  'issue.level-order':
    'Levels must be numbered in order from 1: expected {expected, number}, found {found, number}.',
  'issue.level-out-of-range':
    'A level outside the scale: expected one of {expected}, found {found}.',
  'issue.duplicate-level': 'Level {level, number} is described twice.',
  'issue.missing-descriptor': 'Level {level, number} has no description.',
  'issue.reserved-id':
    '“{id}” is the answer “not applicable” or “don’t know”: give the option another identifier.',
  'issue.unknown-question': 'A question this framework does not have (“{question}”).',
  'issue.framework-mismatch': 'Made for another framework (“{found}”, not “{expected}”).',
  'issue.unknown-option':
    'An option the question does not offer: expected one of {expected}, found {found}.',
  'issue.invalid-boolean': 'Expected yes or no, found {found}.',
  'issue.invalid-text': 'Expected text.',
  'issue.text-too-long':
    'The text is longer than the question allows (at most {maximum, plural, one {# character} other {# characters}}).',
  'issue.na-not-allowed': '“Not applicable” is not an answer this question allows.',
  'issue.dont-know-not-allowed': '“Don’t know” is not an answer this question allows.',
  'issue.unknown-component': 'No component “{id}” in this framework.',
  'issue.unknown-pillar': 'No pillar “{id}” in this framework.',
  'issue.unknown-outcome': 'No education outcome “{id}” in this framework.',
  'issue.missing-text': 'No text in “{locale}” for “{key}”.',
  'issue.unknown-text': 'The text “{key}” in “{locale}” belongs to nothing in this framework.',
  'issue.framework-version-mismatch':
    'Made for version {found} of this framework, not version {expected}.',
  'issue.invalid-range': '{from} comes after {to}: the start must not be later than the end.',
  'issue.amount-or-share': 'A funding line needs an amount or a share of the cost, not both.',
  'issue.unknown-action': 'No action “{id}” in this plan.',
  'issue.dependency-cycle':
    'These actions wait on each other in a circle: {cycle}. Remove one of the links.',
  'issue.component-not-in-pillar': 'The component “{id}” does not belong to the pillar “{pillar}”.',
  'issue.upgraded':
    'This plan was written in an earlier format and has been upgraded; save it to keep the new format.',
  'issue.priority-without-action': 'No action yet serves the priority “{id}”.',
  'issue.pillar-priority-without-action':
    'No action yet serves “{id}”, the priority chosen for its pillar.',
  'issue.horizon-without-action':
    'No action in the {horizon, select, short {short term} medium {medium term} other {long term}}.',
  'issue.single-pillar': 'Every action works through one pillar; the pillars depend on each other.',
  'issue.action-without-indicator': 'This action has no indicator to show progress.',
  'issue.funding-gap': 'Funding gap: {gap, number} {currency} not yet secured or requested.',
  'issue.milestone-after-end': 'This milestone ({year}) falls after the plan ends ({end}).',
  'issue.currency-differs':
    'The cost is in {found}, the plan in {expected}: its totals are shown apart.',
  'issue.unknown-feedback-question':
    'Feedback on a question this framework does not have (“{question}”).',
  'issue.duplicate-feedback':
    'The question “{question}” has feedback twice: keep one item per question.',
  'issue.duplicate-kind': '“{kind}” is named twice for the same question.',
  'issue.empty-feedback':
    'The feedback on “{question}” says nothing: choose what is the matter or write a comment.',
  'issue.too-many-issues':
    '{count, plural, one {And # more problem, not listed here.} other {And # more problems, not listed here.}}',
  'issue.other': 'This value is not valid.',
} as const;
