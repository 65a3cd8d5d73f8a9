import type { CommonMessages } from '../en/index.js';

export const common: CommonMessages = {
  'common.loading': 'Chargement…',
  'common.cancel': 'Annuler',
  'common.save': 'Enregistrer',
  'common.remove': 'Supprimer',
  'common.notScored': 'Non noté',
  'common.score': 'Score de {score, number, integer} sur 100',
  'common.scoreShort': '{score, number, integer}/100',
  'common.level': 'Niveau {level, number, integer} : {label}',
  'common.error.title': 'Un problème est survenu',
  'common.error.fetch': 'Le fichier {url} n’a pas pu être chargé ({detail}).',
  'common.error.issue': '{path} : {message}',
  'common.error.moreIssues':
    '{count, plural, one {et # autre problème} many {et # autres problèmes} other {et # autres problèmes}}',
  'common.inParentheses': '({text})',
  'common.listSeparator': ', ',
};
