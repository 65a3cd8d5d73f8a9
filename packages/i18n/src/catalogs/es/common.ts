import type { CommonMessages } from '../en/index.js';

export const common: CommonMessages = {
  'common.loading': 'Cargando…',
  'common.cancel': 'Cancelar',
  'common.save': 'Guardar',
  'common.remove': 'Quitar',
  'common.notScored': 'Sin puntuación',
  'common.score': 'Puntuación de {score, number, integer} sobre 100',
  'common.scoreShort': '{score, number, integer}/100',
  'common.level': 'Nivel {level, number, integer}: {label}',
  'common.error.title': 'Se produjo un error',
  'common.error.fetch': 'No se pudo cargar el archivo {url} ({detail}).',
  'common.error.issue': '{path}: {message}',
  'common.error.moreIssues':
    '{count, plural, one {y # problema más} many {y # de problemas más} other {y # problemas más}}',
  'common.inParentheses': '({text})',
  'common.listSeparator': ', ',
};
