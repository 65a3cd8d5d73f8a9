import type { TimelineMessages } from '../en/index.js';

export const timeline: TimelineMessages = {
  'timeline.label': 'Cronograma del plan',
  'timeline.summary':
    '{actions, plural, one {# acción} many {# de acciones} other {# acciones}} de {from} a {to}; {dependencies, plural, =0 {ninguna dependencia} one {# dependencia} many {# de dependencias} other {# dependencias}}; {milestones, plural, =0 {ningún hito} one {# hito, {done, plural, one {# alcanzado} many {# alcanzados} other {# alcanzados}}} many {# de hitos, {done, plural, one {# alcanzado} many {# alcanzados} other {# alcanzados}}} other {# hitos, {done, plural, one {# alcanzado} many {# alcanzados} other {# alcanzados}}}}.',
  'timeline.summary.empty': 'Todavía no hay acciones.',
  'timeline.years.one': '{year}',
  'timeline.years.span': '{from}–{to}',
  'timeline.when': 'T{quarter} {year}',
  'timeline.action': '{title}: {years}; {group}.',
  'timeline.action.fromHorizon':
    '{title}: {years} (según su horizonte, sin años de costo); {group}.',
  'timeline.action.milestones':
    '{count, plural, one {# hito} many {# de hitos} other {# hitos}}, {done, plural, one {# alcanzado} many {# alcanzados} other {# alcanzados}}: {list}.',
  'timeline.action.dependsOn': 'Depende de: {names}.',
  'timeline.milestone.done': '{what} ({when}, alcanzado)',
  'timeline.milestone.notDone': '{what} ({when}, no alcanzado)',
  'timeline.legend.cost': 'Años de su costo',
  'timeline.legend.horizon': 'Años de su horizonte (sin años de costo indicados)',
  'timeline.legend.done': 'Hito alcanzado',
  'timeline.legend.notDone': 'Hito no alcanzado',
  'timeline.legend.dependency': 'Dependencia: la flecha apunta a la acción que necesita la otra',
  'timeline.table.action': 'Acción',
  'timeline.table.milestones': 'Hitos',
  'timeline.table.dependsOn': 'Depende de',
  'timeline.table.inYear': 'Previsto',
  'timeline.table.none': 'Ninguno',
  'timeline.scroll': 'Cronograma de las acciones (se desplaza horizontalmente)',
} as const;
