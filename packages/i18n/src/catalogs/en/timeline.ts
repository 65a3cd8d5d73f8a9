/**
 * Messages of the plan timeline element (`<dtc-plan-timeline>`). Keys start with `timeline.`.
 * Years are passed as text (a year is not a quantity: no digit grouping).
 */
export const timeline = {
  'timeline.label': 'Plan timeline',
  'timeline.summary':
    '{actions, plural, one {# action} other {# actions}} from {from} to {to}; {dependencies, plural, =0 {no dependencies} one {# dependency} other {# dependencies}}; {milestones, plural, =0 {no milestones} one {# milestone, {done, number} done} other {# milestones, {done, number} done}}.',
  'timeline.summary.empty': 'No actions yet.',
  'timeline.years.one': '{year}',
  'timeline.years.span': '{from}–{to}',
  'timeline.when': 'Q{quarter} {year}',
  'timeline.action': '{title}: {years}; {group}.',
  'timeline.action.fromHorizon': '{title}: {years} (from its horizon, no cost years); {group}.',
  'timeline.action.milestones':
    '{count, plural, one {# milestone} other {# milestones}}, {done, number} done: {list}.',
  'timeline.action.dependsOn': 'Depends on: {names}.',
  'timeline.milestone.done': '{what} ({when}, done)',
  'timeline.milestone.notDone': '{what} ({when}, not done)',
  'timeline.legend.cost': 'Years of its cost',
  'timeline.legend.horizon': 'Years of its horizon (no cost years given)',
  'timeline.legend.done': 'Milestone done',
  'timeline.legend.notDone': 'Milestone not done',
  'timeline.legend.dependency': 'Dependency: the arrow points to the action that needs the other',
  'timeline.table.action': 'Action',
  'timeline.table.milestones': 'Milestones',
  'timeline.table.dependsOn': 'Depends on',
  'timeline.table.inYear': 'Planned',
  'timeline.table.none': 'None',
  'timeline.scroll': 'Timeline of the actions (scrolls sideways)',
} as const;
