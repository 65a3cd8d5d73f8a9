/** Messages of the group results element (a workshop's group view). Keys start with `group.`. */
export const group = {
  'group.empty': 'Add at least one participant to see the group.',
  'group.participant': 'Participant {n, number, integer}',
  'group.scope.label': 'Pillars to look at',
  'group.scope.all': 'All pillars',
  'group.radars.title': 'All radars together',
  'group.radars.intro': 'Each participant’s scores: all on one radar, then side by side.',
  'group.radars.overlay': 'Every participant on one radar',
  'group.pages.label': 'Participants shown',
  'group.pages.previous': 'Previous participants',
  'group.pages.next': 'Next participants',
  'group.pages.choose': 'Participants',
  'group.pages.range': '{from, number, integer}–{to, number, integer}',
  'group.pages.status':
    'Participants {from, number, integer}–{to, number, integer} of {total, number, integer} are shown side by side and in the gallery walk.',
  'group.heatmap.title': 'Gallery walk: common strengths and challenges',
  'group.heatmap.intro':
    'Every component (rows) for every participant (columns). Look for rows that are strong or weak for almost everyone; a marker flags components where the groups below disagree.',
  'group.strengths': 'Common strengths',
  'group.challenges': 'Common challenges',
  'group.none': 'None stands out yet.',
  'group.component.mean': '{component} ({pillar}): mean {mean, number, integer}/100',
  'group.groups.title': 'Views by group',
  'group.groups.by': 'Group by',
  'group.groups.byValue': 'Group by: {group}',
  'group.groups.role': 'Role',
  'group.groups.country': 'Country',
  'group.groups.caption': 'Mean pillar scores by {by}',
  'group.groups.item': '{name} ({n, number, integer})',
  'group.unknown.role': 'Role not given',
  'group.unknown.country': 'Not specified',
  'group.divergence.title': 'Where views diverge',
  'group.divergence.intro':
    'Components where the groups’ mean scores differ by {threshold, number, integer} points or more.',
  'group.divergence.item':
    '{component} ({pillar}): {high} {highScore, number, integer} vs {low} {lowScore, number, integer}',
  'group.divergence.none': 'No strong divergence between groups.',
} as const;
