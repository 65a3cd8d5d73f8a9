import type { TimelineMessages } from '../en/index.js';

export const timeline: TimelineMessages = {
  'timeline.label': 'الجدول الزمني للخطة',
  'timeline.summary':
    '{actions, plural, zero {# إجراء} one {إجراء واحد} two {إجراءان} few {# إجراءات} many {# إجراءً} other {# إجراء}} من {from} إلى {to}؛ {dependencies, plural, =0 {بلا ارتباطات} zero {بلا ارتباطات} one {ارتباط واحد} two {ارتباطان} few {# ارتباطات} many {# ارتباطًا} other {# ارتباط}}؛ {milestones, plural, =0 {بلا معالم مرحلية} zero {بلا معالم مرحلية} one {معلم مرحلي واحد، أُنجز منه {done, number}} two {معلمان مرحليان، أُنجز منهما {done, number}} few {# معالم مرحلية، أُنجز منها {done, number}} many {# معلمًا مرحليًا، أُنجز منها {done, number}} other {# معلم مرحلي، أُنجز منها {done, number}}}.',
  'timeline.summary.empty': 'لا توجد إجراءات بعد.',
  'timeline.years.one': '{year}',
  'timeline.years.span': '{from}–{to}',
  'timeline.when': 'الربع {quarter} من {year}',
  'timeline.action': '{title}: {years}؛ {group}.',
  'timeline.action.fromHorizon':
    '{title}: {years} (حسب أفقه الزمني، إذ لم تُحدد سنوات لتكلفته)؛ {group}.',
  'timeline.action.milestones':
    '{count, plural, zero {# معلم مرحلي} one {معلم مرحلي واحد} two {معلمان مرحليان} few {# معالم مرحلية} many {# معلمًا مرحليًا} other {# معلم مرحلي}}، أُنجز منها {done, number}: {list}.',
  'timeline.action.dependsOn': 'يعتمد على: {names}.',
  'timeline.milestone.done': '{what} ({when}، منجز)',
  'timeline.milestone.notDone': '{what} ({when}، غير منجز)',
  'timeline.legend.cost': 'سنوات تكلفته',
  'timeline.legend.horizon': 'سنوات أفقه الزمني (لم تُحدد سنوات للتكلفة)',
  'timeline.legend.done': 'معلم مرحلي منجز',
  'timeline.legend.notDone': 'معلم مرحلي غير منجز',
  'timeline.legend.dependency': 'الارتباط: يشير السهم إلى الإجراء الذي يحتاج إلى الإجراء الآخر',
  'timeline.table.action': 'الإجراء',
  'timeline.table.milestones': 'المعالم المرحلية',
  'timeline.table.dependsOn': 'يعتمد على',
  'timeline.table.inYear': 'مخطط له',
  'timeline.table.none': 'لا يوجد',
  'timeline.scroll': 'الجدول الزمني للإجراءات (يُمرَّر أفقيًا)',
};
