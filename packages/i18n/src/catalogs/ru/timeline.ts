import type { TimelineMessages } from '../en/index.js';

export const timeline: TimelineMessages = {
  'timeline.label': 'График реализации плана',
  'timeline.summary':
    '{actions, plural, one {# мероприятие} few {# мероприятия} many {# мероприятий} other {# мероприятия}} с {from} по {to}; {dependencies, plural, =0 {зависимостей нет} one {# зависимость} few {# зависимости} many {# зависимостей} other {# зависимости}}; {milestones, plural, =0 {контрольных точек нет} one {# контрольная точка, выполнено: {done, number}} few {# контрольные точки, выполнено: {done, number}} many {# контрольных точек, выполнено: {done, number}} other {# контрольной точки, выполнено: {done, number}}}.',
  'timeline.summary.empty': 'Мероприятий пока нет.',
  'timeline.years.one': '{year}',
  'timeline.years.span': '{from}–{to}',
  'timeline.when': '{quarter} кв. {year}',
  'timeline.action': '{title}: {years}; {group}.',
  'timeline.action.fromHorizon':
    '{title}: {years} (по сроку реализации, годы затрат не указаны); {group}.',
  'timeline.action.milestones':
    '{count, plural, one {# контрольная точка} few {# контрольные точки} many {# контрольных точек} other {# контрольной точки}}, из них выполнено {done, number}: {list}.',
  'timeline.action.dependsOn': 'Зависит от: {names}.',
  'timeline.milestone.done': '{what} ({when}, выполнено)',
  'timeline.milestone.notDone': '{what} ({when}, не выполнено)',
  'timeline.legend.cost': 'Годы затрат',
  'timeline.legend.horizon': 'Годы по сроку реализации (годы затрат не указаны)',
  'timeline.legend.done': 'Контрольная точка выполнена',
  'timeline.legend.notDone': 'Контрольная точка не выполнена',
  'timeline.legend.dependency':
    'Зависимость: стрелка указывает на мероприятие, которое зависит от другого',
  'timeline.table.action': 'Мероприятие',
  'timeline.table.milestones': 'Контрольные точки',
  'timeline.table.dependsOn': 'Зависит от',
  'timeline.table.inYear': 'Запланировано',
  'timeline.table.none': 'Нет',
  'timeline.scroll': 'График мероприятий (прокручивается по горизонтали)',
} as const;
