import type { GroupMessages } from '../en/index.js';

export const group: GroupMessages = {
  'group.empty': 'Ajoutez au moins un participant pour voir le groupe.',
  'group.participant': 'Participant {n, number, integer}',
  'group.scope.label': 'Piliers observés',
  'group.scope.all': 'Tous les piliers',
  'group.radars.title': 'Tous les radars ensemble',
  'group.radars.intro':
    'Les scores de chaque participant : tous sur un même radar, puis côte à côte.',
  'group.radars.overlay': 'Tous les participants sur un même radar',
  'group.pages.label': 'Participants affichés',
  'group.pages.previous': 'Participants précédents',
  'group.pages.next': 'Participants suivants',
  'group.pages.choose': 'Participants',
  'group.pages.range': '{from, number, integer}–{to, number, integer}',
  'group.pages.status':
    'Les participants {from, number, integer} à {to, number, integer} sur {total, number, integer} sont affichés côte à côte et dans la marche des galeries.',
  'group.heatmap.title': 'Marche des galeries : forces et défis communs',
  'group.heatmap.intro':
    'Chaque composante (en ligne) pour chaque participant (en colonne). Repérez les lignes fortes ou faibles pour presque tout le monde ; un marqueur signale les composantes sur lesquelles les groupes ci-dessous ne sont pas d’accord.',
  'group.strengths': 'Forces communes',
  'group.challenges': 'Défis communs',
  'group.none': 'Rien ne se dégage pour l’instant.',
  'group.component.mean': '{component} ({pillar}) : moyenne {mean, number, integer}/100',
  'group.groups.title': 'Points de vue par groupe',
  'group.groups.by': 'Regrouper par',
  'group.groups.byValue': 'Regrouper par : {group}',
  'group.groups.role': 'Fonction',
  'group.groups.country': 'Pays',
  'group.groups.caption': 'Scores moyens par pilier, par {by}',
  'group.groups.item': '{name} ({n, number, integer})',
  'group.unknown.role': 'Fonction non précisée',
  'group.unknown.country': 'Non précisé',
  'group.divergence.title': 'Là où les points de vue divergent',
  'group.divergence.intro':
    'Composantes pour lesquelles les scores moyens des groupes diffèrent de {threshold, number, integer} points ou plus.',
  'group.divergence.item':
    '{component} ({pillar}) : {high} {highScore, number, integer} contre {low} {lowScore, number, integer}',
  'group.divergence.none': 'Aucune divergence marquée entre les groupes.',
};
