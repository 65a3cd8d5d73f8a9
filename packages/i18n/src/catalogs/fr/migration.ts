import type { MigrationMessages } from '../en/index.js';

export const migration: MigrationMessages = {
  'migration.title': 'Vos réponses ont été reportées vers une nouvelle version du cadre',
  'migration.intro':
    'Cette autoévaluation a été faite avec la version {from} du cadre et s’ouvre désormais avec la version {to}. Les réponses aux questions inchangées ont été reportées telles quelles.',
  'migration.review.title':
    '{count, plural, one {# réponse à vérifier} many {# réponses à vérifier} other {# réponses à vérifier}}',
  'migration.review.intro':
    'Ces questions ont été reformulées. Votre réponse précédente a été reportée : vérifiez qu’elle dit toujours ce que vous voulez dire.',
  'migration.unanswered.title':
    '{count, plural, one {# question demande une nouvelle réponse} many {# questions demandent une nouvelle réponse} other {# questions demandent une nouvelle réponse}}',
  'migration.reason.added':
    '{count, plural, one {Une nouvelle question} many {Nouvelles questions} other {Nouvelles questions}}',
  'migration.reason.split':
    '{count, plural, one {Une question issue d’une question scindée} many {Questions issues de questions scindées} other {Questions issues de questions scindées}}',
  'migration.reason.merged':
    '{count, plural, one {Une question qui en regroupe plusieurs} many {Questions qui en regroupent plusieurs} other {Questions qui en regroupent plusieurs}}',
  'migration.reason.value-not-carried':
    '{count, plural, one {Une question reformulée à laquelle votre réponse précédente ne correspond plus} many {Questions reformulées auxquelles vos réponses précédentes ne correspondent plus} other {Questions reformulées auxquelles vos réponses précédentes ne correspondent plus}}',
  'migration.left.title':
    '{count, plural, one {# réponse précédente n’a plus de place dans cette version} many {# réponses précédentes n’ont plus de place dans cette version} other {# réponses précédentes n’ont plus de place dans cette version}}',
  'migration.left.intro':
    'Leurs questions ont été supprimées ou scindées. Ces réponses sont conservées dans votre autoévaluation telles que vous les avez données, mais elles ne comptent plus dans les résultats.',
  'migration.note': 'Pourquoi : {note}',
  'migration.dismiss': 'Masquer cet avis',
  'migration.blocked.title': 'Ces réponses ne peuvent pas être ouvertes ici',
  'migration.blocked.body':
    'Elles ont été données avec la version {found} du cadre, et cette page ne peut pas les reporter vers la version {expected}. Elles sont conservées telles quelles : rien n’a été modifié.',
};
