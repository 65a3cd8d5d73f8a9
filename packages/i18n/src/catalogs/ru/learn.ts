import type { LearnMessages } from '../en/index.js';

export const learn: LearnMessages = {
  'learn.contents': 'В этом модуле',
  'learn.whyItMatters': 'Почему это важно',
  'learn.deepDive': 'Вопросы для углубленного анализа',
  'learn.deepDive.lead':
    'Обсудите эти вопросы в команде, а затем заново выставьте баллы по этому направлению с учетом того, что вы выяснили.',
  'learn.rescore': 'Заново выставить баллы по направлению',
  'learn.practices': 'Эффективные практики',
  'learn.pitfalls': 'Типичные ошибки',
  'learn.examples': 'Примеры стран',
  'learn.reflection': 'Вопросы для размышления',
  'learn.sources': 'Источники',
  'learn.cited':
    '{count, plural, one {Источник} few {Источники} many {Источники} other {Источники}}: {list}',
  'learn.reference': '{publisher} ({year})',
  'learn.level': 'Ваш текущий уровень: {level}',
  'learn.pillarLevel': 'Ваш текущий уровень по этому направлению: {level}',
  'learn.low': 'Низкий уровень: с этого стоит начать',
  'learn.country.code': 'Код страны {code}',
  'learn.empty': 'Нет учебного модуля для показа.',
} as const;
