import type { CommonMessages } from '../en/index.js';

export const common: CommonMessages = {
  'common.loading': 'Загрузка…',
  'common.cancel': 'Отмена',
  'common.save': 'Сохранить',
  'common.remove': 'Удалить',
  'common.notScored': 'Балл не рассчитан',
  'common.score': 'Балл: {score, number, integer} из 100',
  'common.scoreShort': '{score, number, integer}/100',
  'common.level': 'Уровень {level, number, integer}: {label}',
  'common.error.title': 'Что-то пошло не так',
  'common.error.fetch': 'Не удалось загрузить файл {url} ({detail}).',
  'common.error.issue': '{path}: {message}',
  'common.error.moreIssues':
    '{count, plural, one {и еще # проблема} few {и еще # проблемы} many {и еще # проблем} other {и еще # проблемы}}',
  'common.inParentheses': '({text})',
  'common.listSeparator': ', ',
};
