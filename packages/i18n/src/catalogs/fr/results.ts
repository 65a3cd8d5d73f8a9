import type { ResultsMessages } from '../en/index.js';

export const results: ResultsMessages = {
  'results.title': 'Vos résultats',
  'results.empty':
    'Aucune réponse pour l’instant. Vos résultats s’affichent ici au fur et à mesure de vos réponses.',
  'results.partial':
    'Ces résultats reposent sur {share, number, percent} des questions : ils peuvent évoluer avec de nouvelles réponses.',
  'results.overall': 'Niveau global',
  'results.coverage': 'Taux de réponse',
  'results.coverage.value':
    '{answered, plural, one {# question} many {# questions} other {# questions}} sur {applicable, number, integer} avec réponse ({share, number, percent})',
  'results.coverage.detail':
    '{na, plural, =0 {Aucune question marquée} one {# question marquée} many {# questions marquées} other {# questions marquées}} « sans objet » ; {dk, plural, =0 {aucune réponse} one {# réponse} many {# réponses} other {# réponses}} « je ne sais pas ».',
  'results.balance': 'Équilibre entre les piliers',
  'results.balance.value':
    '{index, number, integer} sur 100 (100 signifie que tous les piliers sont au même niveau)',
  'results.balance.detail':
    'Pilier le plus fort : {strongest} ; pilier le plus faible : {weakest} ; un écart de {spread, number, integer} points.',
  'results.balance.even': 'Tous les piliers notés ont le même score.',
  'results.balance.none': 'L’équilibre se mesure à partir de deux piliers notés.',
  'results.priorities': 'Par où commencer',
  'results.priorities.intro':
    'Composantes classées par urgence : un niveau faible, un retard sur le reste du pilier, un pilier faible ou fondamental et des réponses manquantes font monter le rang.',
  'results.reasons': 'Pourquoi ce rang',
  'results.reason.low-level': 'Son niveau de maturité est faible.',
  'results.reason.below-pillar': 'Elle est en retard sur le reste de son pilier.',
  'results.reason.weakest-pillar': 'Elle appartient au pilier le plus faible.',
  'results.reason.foundational':
    'Son pilier est fondamental : les autres piliers reposent sur lui.',
  'results.reason.low-coverage': 'Peu de ses questions ont reçu une réponse.',
  'results.reason.not-assessed': 'Elle n’a pas encore été évaluée.',
  'results.reason.low-confidence': 'Ses réponses ont été données avec peu d’assurance.',
  'results.compare.title': 'Ce qui a changé',
  'results.compare.before': 'Avant',
  'results.compare.after': 'Après',
  'results.compare.change': 'Évolution',
  'results.compare.item': 'Pilier ou composante',
  'results.compare.overall': 'Global : {before} → {after} ({delta}).',
  'results.compare.improved': 'En progrès : {names}.',
  'results.compare.declined': 'En recul : {names}.',
  'results.compare.unchanged': 'Aucun score de composante n’a changé.',
  'results.compare.empty': 'Il faut deux résultats pour comparer.',
  'results.compare.notComparable':
    'Ces résultats proviennent de versions différentes du cadre : comparez-les avec prudence.',
  'results.compare.up': 'en hausse de {points, number, integer} points',
  'results.compare.down': 'en baisse de {points, number, integer} points',
  'results.compare.same': 'sans changement',
  'results.compare.levelChange': 'niveau {before} → {after}',
  'results.compare.scoreLevel': '{score} ({level})',
  'results.report.title': 'Rapport d’autoévaluation',
  'results.report.print': 'Imprimer ou enregistrer en PDF',
  'results.report.framework': 'Cadre',
  'results.report.frameworkVersion': '{name}, version {version}',
  'results.report.respondent': 'Répondant',
  'results.report.country': 'Pays',
  'results.report.date': 'Date',
  'results.report.chosen': 'Priorités retenues',
  'results.report.plan': 'Plan d’action',
  'results.report.noPlan': 'Pas encore de plan d’action.',
  'results.report.comments': 'Commentaires et éléments de preuve',
  'results.report.noComments': 'Aucun commentaire ni élément de preuve n’a été donné.',
  'results.report.question': '{component} : {question}',
  'results.report.evidence': 'Éléments de preuve :',
  'results.report.empty':
    'Rien à présenter pour l’instant : répondez d’abord à quelques questions.',
};
