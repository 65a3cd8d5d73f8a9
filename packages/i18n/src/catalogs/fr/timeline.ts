import type { TimelineMessages } from '../en/index.js';

export const timeline: TimelineMessages = {
  'timeline.label': 'Calendrier du plan',
  'timeline.summary':
    '{actions, plural, one {# action} many {# actions} other {# actions}} de {from} à {to} ; {dependencies, plural, =0 {aucune dépendance} one {# dépendance} many {# dépendances} other {# dépendances}} ; {milestones, plural, =0 {aucun jalon} one {# jalon, {done, plural, one {# atteint} many {# atteints} other {# atteints}}} many {# jalons, {done, plural, one {# atteint} many {# atteints} other {# atteints}}} other {# jalons, {done, plural, one {# atteint} many {# atteints} other {# atteints}}}}.',
  'timeline.summary.empty': 'Aucune action pour l’instant.',
  'timeline.years.one': '{year}',
  'timeline.years.span': '{from}–{to}',
  'timeline.when': 'T{quarter} {year}',
  'timeline.action': '{title} : {years} ; {group}.',
  'timeline.action.fromHorizon':
    '{title} : {years} (selon son horizon, sans années de coût) ; {group}.',
  'timeline.action.milestones':
    '{count, plural, one {# jalon} many {# jalons} other {# jalons}}, {done, plural, one {# atteint} many {# atteints} other {# atteints}} : {list}.',
  'timeline.action.dependsOn': 'Dépend de : {names}.',
  'timeline.milestone.done': '{what} ({when}, atteint)',
  'timeline.milestone.notDone': '{what} ({when}, non atteint)',
  'timeline.legend.cost': 'Années de son coût',
  'timeline.legend.horizon': 'Années de son horizon (sans années de coût)',
  'timeline.legend.done': 'Jalon atteint',
  'timeline.legend.notDone': 'Jalon non atteint',
  'timeline.legend.dependency':
    'Dépendance : la flèche pointe vers l’action qui a besoin de l’autre',
  'timeline.table.action': 'Action',
  'timeline.table.milestones': 'Jalons',
  'timeline.table.dependsOn': 'Dépend de',
  'timeline.table.inYear': 'Prévue',
  'timeline.table.none': 'Aucune',
  'timeline.scroll': 'Calendrier des actions (défile horizontalement)',
} as const;
